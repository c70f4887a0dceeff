import type { SanitizedConfig } from 'payload'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST'

export type ApiResponse = { body: any; headers?: Headers; status: number }

/**
 * Calls the app's real REST and GraphQL route handlers (the ones Next.js serves under /api) with
 * real Request objects, as a browser or a site would.
 */
export function apiClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const rest = {
    DELETE: REST_DELETE(config),
    GET: REST_GET(config),
    PATCH: REST_PATCH(config),
    POST: REST_POST(config),
  }
  const graphqlHandler = GRAPHQL_POST(config)
  const headers = (token?: string): HeadersInit => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `JWT ${token}` } : {}),
  })
  const read = async (response: Response, binary = false): Promise<ApiResponse> => {
    const json = response.headers.get('content-type')?.includes('json') ?? true
    if (binary && !json)
      return {
        body: new Uint8Array(await response.arrayBuffer()),
        headers: response.headers,
        status: response.status,
      }
    const text = await response.text()
    return {
      body: text && json ? JSON.parse(text) : text || null,
      headers: response.headers,
      status: response.status,
    }
  }

  return {
    async graphql(
      query: string,
      variables: Record<string, unknown> = {},
      token?: string,
    ): Promise<ApiResponse> {
      const request = new Request('http://localhost:3000/api/graphql', {
        body: JSON.stringify({ query, variables }),
        headers: headers(token),
        method: 'POST',
      })
      return read(await graphqlHandler(request))
    },
    async login(email: string, password: string): Promise<string> {
      const { body, status } = await this.rest('POST', '/users/login', {
        body: { email, password },
      })
      if (status !== 200)
        throw new Error(`login of ${email} failed: ${status} ${JSON.stringify(body)}`)
      return body.token
    },
    async rest(
      method: Method,
      path: string,
      /** `binary`: a body that is not JSON comes back as bytes (a PDF), not as text. */
      options: { binary?: boolean; body?: unknown; raw?: string; token?: string } = {},
    ): Promise<ApiResponse> {
      const url = new URL(`http://localhost:3000/api${path}`)
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .filter(Boolean)
      const request = new Request(url, {
        body:
          options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        headers: headers(options.token),
        method,
      })
      return read(
        await rest[method](request, { params: Promise.resolve({ slug }) }),
        options.binary,
      )
    },
  }
}
