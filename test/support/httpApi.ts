import { expect } from 'vitest'

/** REST calls over HTTP to a running app (the e2e server), JSON in and out. */
export const httpApi =
  (baseURL: string) =>
  async (path: string, init: RequestInit & { token?: string } = {}) => {
    const response = await fetch(`${baseURL}/api${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `JWT ${init.token}` } : {}),
      },
    })
    return { body: await response.json(), status: response.status }
  }

/** The token of a user logged in over REST (the demo's admin unless named). */
export async function loginToken(
  baseURL: string,
  email = 'admin@example.com',
  password = 'admin',
): Promise<string> {
  const { body, status } = await httpApi(baseURL)('/users/login', {
    body: JSON.stringify({ email, password }),
    method: 'POST',
  })
  if (status !== 200) throw new Error(`login of ${email} failed: ${status} ${JSON.stringify(body)}`)
  return body.token
}

/** Creates a document over REST as the user whose token `token()` gives, answering the document. */
export const documentCreator =
  (baseURL: string, token: () => string) =>
  async (collection: string, data: Record<string, unknown>) => {
    const { body, status } = await httpApi(baseURL)(`/${collection}`, {
      body: JSON.stringify(data),
      method: 'POST',
      token: token(),
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  }
