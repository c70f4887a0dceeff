import { type Endpoint, type Payload, type Where } from 'payload'

import { demandPermission } from '../access/demandPermission'
import { executionsCsv } from './executionsCsv'

type ListQuery = { search?: string; where?: Where }

/** The list's `where`, and its search bar's `search` over the searchable fields as Payload does. */
function listWhere(payload: Payload, query: ListQuery | undefined): Where | undefined {
  const search = typeof query?.search === 'string' ? query.search.trim() : ''
  if (!search) return query?.where
  const fields = payload.collections.executions.config.admin.listSearchableFields ?? ['code']
  const matching: Where = { or: fields.map((field) => ({ [field]: { like: search } })) }
  return query?.where ? { and: [query.where, matching] } : matching
}

/**
 * `GET /api/executions/export.csv?where[…]=…&search=…`: the executions list as filtered (the same
 * `where` the list view and REST use, and the list's search), streamed as it is read.
 */
export const exportExecutionsCsv: Endpoint = {
  handler: async (req) => {
    await demandPermission(req, 'executions.view', 'view executions')
    const where = listWhere(req.payload, req.query as ListQuery | undefined)
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
