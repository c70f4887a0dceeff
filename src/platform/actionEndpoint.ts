import { APIError, type Endpoint } from 'payload'

import type { Action } from './defineAction'
import { invalidJsonMessage, readBodyWithin, tooLargeMessage } from './requestLimit'
import { performAction } from './performAction'

/**
 * `POST /api/manufacturing/<name>`: the action with the JSON body as its arguments. The body is
 * read only up to `maxRequestBytes` (413 beyond it), whatever the app's route files do.
 */
export const actionEndpoint = (action: Action<any, any>, maxRequestBytes: number): Endpoint => ({
  handler: async (req) => {
    const bytes = await readBodyWithin(req as unknown as Request, maxRequestBytes)
    if (bytes === 'too large')
      throw new APIError(tooLargeMessage(maxRequestBytes), 413, { code: 'too_large' }, true)
    const text = new TextDecoder().decode(bytes)
    let data: unknown = {}
    try {
      if (text.trim()) data = JSON.parse(text)
    } catch {
      throw new APIError(invalidJsonMessage, 400, { code: 'invalid' }, true)
    }
    const body = data && typeof data === 'object' ? data : {}
    req.data = body as Record<string, unknown>
    const result = await performAction(action, req, body)
    return Response.json(result, { status: 200 })
  },
  method: 'post',
  path: `/manufacturing/${action.name}`,
})
