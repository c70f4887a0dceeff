import type { SanitizedConfig } from 'payload'

import { defaultMaxRequestBytes } from '../options'

/** Where the plugin leaves its request limit in the config, for `withRequestLimit` to read. */
export const requestLimitKey = 'payload-plugin-manufacturing/maxRequestBytes'

const megabytes = (bytes: number) => `${Number((bytes / (1024 * 1024)).toFixed(2))} MB`

/** The body of a 413: what the limit is, and that nothing was read or written. */
export const tooLargeMessage = (maxBytes: number) =>
  `The request body is larger than the limit of ${megabytes(maxBytes)} (${maxBytes} bytes): nothing was read or written. Send less at once.`

export const invalidJsonMessage = 'The request body is not valid JSON.'

const answer = (message: string, status: number, code: 'invalid' | 'too_large') =>
  Response.json({ errors: [{ name: 'APIError', data: { code }, message }] }, { status })

/**
 * The body of `request`, or `'too large'` as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused before anything is read, and a body without one
 * (chunked) is counted while it streams and dropped at the first byte over.
 */
export async function readBodyWithin(
  request: Pick<Request, 'body' | 'headers'>,
  maxBytes: number,
): Promise<Uint8Array | 'too large'> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) return 'too large'
  if (!request.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return 'too large'
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

const isJson = (request: Request) => /\bjson\b/i.test(request.headers.get('content-type') ?? '')

const isMultipart = (request: Request) =>
  /^multipart\//i.test(request.headers.get('content-type') ?? '')

const parsesAsJson = (body: Uint8Array) => {
  try {
    JSON.parse(new TextDecoder().decode(body))
    return true
  } catch {
    return false
  }
}

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Wraps a route handler of the app (`REST_POST(config)`, `GRAPHQL_POST(config)`…) so that no
 * request body over the plugin's `maxRequestBytes` is read whole or parsed: it answers 413
 * (multipart bodies excepted, see below). A
 * JSON body that does not parse answers 400 saying so (GraphQL's own handler would answer 500).
 * Payload has no request middleware, so the limit lives in the app's route files.
 */
export function withRequestLimit<Context>(
  handler: RouteHandler<Context>,
  config: Promise<SanitizedConfig> | SanitizedConfig,
): RouteHandler<Context> {
  return async (request, context) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.body)
      return handler(request, context)
    // Uploads and the admin's form saves: Payload's own multipart parser bounds them
    // (`upload.limits`), streaming files instead of holding them.
    if (isMultipart(request)) return handler(request, context)
    const custom = (await config).custom as Record<string, unknown> | undefined
    const maxBytes = Number(custom?.[requestLimitKey]) || defaultMaxRequestBytes
    const body = await readBodyWithin(request, maxBytes)
    if (body === 'too large') return answer(tooLargeMessage(maxBytes), 413, 'too_large')
    if (isJson(request) && body.byteLength > 0 && !parsesAsJson(body))
      return answer(invalidJsonMessage, 400, 'invalid')
    const headers = new Headers(request.headers)
    headers.set('content-length', String(body.byteLength))
    headers.delete('transfer-encoding')
    const read = new Request(request.url, {
      body: body as unknown as BodyInit,
      headers,
      method: request.method,
      signal: request.signal,
    })
    return handler(read, context)
  }
}
