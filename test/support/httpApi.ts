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
