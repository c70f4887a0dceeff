import type { PayloadRequest, Where } from 'payload'

import Papa from 'papaparse'

import { safeCell } from './rules/csvCells'

const header = [
  'Code',
  'Lot Label',
  'Product',
  'Product Description',
  'Production Date',
  'Planned Quantity',
  'Produced Quantity',
  'Status',
  'Production Floor',
  'Sales Order',
  'Created At',
]

const nameOf = (ref: unknown, field = 'name') =>
  ref && typeof ref === 'object' ? (ref as Record<string, unknown>)[field] : ''

/**
 * The executions list as CSV, in creation order, as chunks of text: the header, then one chunk
 * per page. Pages follow the id (keyset), so the 100,000th row costs what the first did, and
 * only one page is ever in memory. Reads as the request's user: their access applies.
 */
export async function* executionsCsv(
  req: PayloadRequest,
  where?: Where,
  // Enough to amortise a round trip, small enough to keep memory flat.
  pageSize = 200,
): AsyncGenerator<string> {
  yield `${Papa.unparse([header])}\r\n`
  let after = 0
  for (;;) {
    const { docs } = await req.payload.find({
      collection: 'executions',
      depth: 1,
      limit: pageSize,
      overrideAccess: false,
      pagination: false,
      populate: {
        items: { name: true },
        locations: { name: true },
        'production-statuses': { name: true },
        'sales-orders': { number: true },
      },
      req,
      select: {
        code: true,
        createdAt: true,
        lotLabel: true,
        plannedQuantity: true,
        producedQuantity: true,
        product: true,
        productDescription: true,
        productionDate: true,
        productionFloor: true,
        salesOrder: true,
        status: true,
      },
      sort: 'id',
      user: req.user,
      where: { and: [...(where ? [where] : []), { id: { greater_than: after } }] },
    })
    if (docs.length === 0) return
    after = docs[docs.length - 1]!.id
    const rows = docs.map((doc) =>
      [
        doc.code,
        doc.lotLabel,
        nameOf(doc.product),
        doc.productDescription,
        doc.productionDate?.slice(0, 10),
        doc.plannedQuantity,
        doc.producedQuantity,
        nameOf(doc.status),
        nameOf(doc.productionFloor),
        nameOf(doc.salesOrder, 'number'),
        doc.createdAt,
      ].map(safeCell),
    )
    yield `${Papa.unparse(rows)}\r\n`
    if (docs.length < pageSize) return
  }
}
