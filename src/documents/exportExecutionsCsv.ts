import { type Endpoint, type Where } from 'payload'

import { demandPermission } from '../access/demandPermission'
import { executionsCsv } from './executionsCsv'

/**
 * `GET /api/executions/export.csv?where[…]=…`: the executions list as filtered (the same `where`
 * the list view and REST use), streamed as it is read.
 */
export const exportExecutionsCsv: Endpoint = {
  handler: async (req) => {
    await demandPermission(req, 'executions.view', 'view executions')
    const where = (req.query as { where?: Where } | undefined)?.where
    // Validates the filter before the first byte is sent: a bad field is a 400, not a cut stream.
    await req.payload.count({
      collection: 'executions',
      overrideAccess: false,
      req,
      user: req.user,
      where,
    })
    const chunks = executionsCsv(req, where)
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async cancel() {
        await chunks.return(undefined)
      },
      async pull(controller) {
        const next = await chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value))
      },
    })
    return new Response(body, {
      headers: {
        'content-disposition': 'attachment; filename="executions.csv"',
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/export.csv',
}
