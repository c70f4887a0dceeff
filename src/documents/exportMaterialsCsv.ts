import { type Endpoint } from 'payload'

import { demandPermission } from '../access/demandPermission'
import { materialsCsv } from './materialsCsv'
import { findByIds } from '../platform/findByIds'
import { idsQuery } from '../platform/idsQuery'

/**
 * `GET /api/executions/materials.csv?ids=1,2,3[&stock=true]`: the raw materials the selected
 * executions need, per item; with `stock=true`, need against on hand, available and shortage.
 */
export const exportMaterialsCsv: Endpoint = {
  handler: async (req) => {
    await demandPermission(req, 'executions.view', 'view executions')
    const ids = idsQuery(req.query)
    const { stock } = (req.query ?? {}) as { stock?: unknown }
    await findByIds(req, 'executions', ids, {
      field: 'ids',
      noun: 'execution',
      select: { code: true },
    })
    const withStock = stock === 'true'
    return new Response(await materialsCsv(req, ids, withStock), {
      headers: {
        'content-disposition': `attachment; filename="${withStock ? 'material-stock' : 'materials'}.csv"`,
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/materials.csv',
}
