import { addDataAndFileToRequest, type Endpoint } from 'payload'

import type { Action } from './defineAction'
import { runAction } from './runAction'

/** `POST /api/manufacturing/<name>`: the action with the JSON body as its arguments. */
export const actionEndpoint = (action: Action<any, any>): Endpoint => ({
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const body = req.data && typeof req.data === 'object' ? req.data : {}
    const result = await runAction(action, req, body)
    return Response.json(result, { status: 200 })
  },
  method: 'post',
  path: `/manufacturing/${action.name}`,
})
