import { type LotTrace, recallRows } from '../traceability'

/** One row of a recall report: an affected lot, and where part of it is now. */
export type RecallReportRow = {
  customers: string
  item: string
  level: number
  location: string
  lot: string
  made: string
  madeBy: string
  onHand: string
  salesOrders: string
  sku: string
  unit: string
}

export type RecallReport = { item: string; lot: string; rows: RecallReportRow[] }

/**
 * A recall report of a lot's forward trace, named for people: every affected lot with its item,
 * what was made of it and by which documents, the sales orders and customers it was made for, and
 * where each part of it is now ("gone" when none is on hand).
 */
export function recallReport(trace: LotTrace): RecallReport {
  const locations = new Map(
    Object.values(trace.onHand).flatMap((places) =>
      places.map((place) => [place.location.id, place.location.name] as const),
    ),
  )
  const traced = trace.lots[String(trace.lot)]!
  return {
    item: `${traced.item.sku} ${traced.item.name}`.trim(),
    lot: traced.code,
    rows: recallRows(trace.forward, trace.onHand).map((row) => {
      const lot = trace.lots[String(row.lot)]
      const documents = row.madeBy.map((event) => trace.documents[event])
      const orders = documents.flatMap((doc) => (doc?.salesOrder ? [doc.salesOrder] : []))
      return {
        customers: unique(orders.map((order) => order.customer?.name ?? '')),
        item: lot?.item.name ?? '',
        level: row.level,
        location: row.where ? (locations.get(row.where.location) ?? '') : 'gone',
        lot: lot?.code ?? String(row.lot),
        made: row.made ?? '',
        madeBy: unique(documents.map((doc) => doc?.title ?? '')),
        onHand: row.where?.onHand ?? '0',
        salesOrders: unique(orders.map((order) => order.number)),
        sku: lot?.item.sku ?? '',
        unit: lot?.item.unit ?? '',
      }
    }),
  }
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))].join(', ')
