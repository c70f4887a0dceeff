import type { PayloadRequest } from 'payload'

import Big from 'big.js'
import Papa from 'papaparse'

import { safeCell } from '../domain/csvCells'
import { shortageOf } from '../domain/materialShortage'
import { intArray, query, sql, transactionDb } from '../ledger/transactionDb'

type NeedRow = {
  available: string
  name: string
  on_hand: string
  required: string
  sku: string
  unit: string
}

/**
 * The raw materials the executions need, summed per item (requirements of material items), with
 * the item's stock over warehouses and floors when `withStock`: on hand, available and the
 * shortage. One aggregate query: the executions are already known to be readable.
 */
export async function materialsCsv(
  req: PayloadRequest,
  executions: number[],
  withStock: boolean,
): Promise<string> {
  const rows = await query<NeedRow>(
    await transactionDb(req),
    sql`select i.sku, i.name, i.unit, sum(r.required_quantity)::text as required,
          coalesce(i.on_hand, 0)::text as on_hand, coalesce(i.available, 0)::text as available
        from executions_requirements r join items i on i.id = r.item_id
        where r._parent_id = any(${intArray(executions)}) and i.kind = 'material'
        group by i.id order by i.sku`,
  )
  const header = [
    'SKU',
    'Item',
    'Unit',
    'Required',
    ...(withStock ? ['On Hand', 'Available', 'Shortage'] : []),
  ]
  const data = rows.map((row) =>
    [
      row.sku,
      row.name,
      row.unit,
      Number(row.required),
      ...(withStock
        ? [
            Number(row.on_hand),
            Number(row.available),
            Number(shortageOf(new Big(row.required), new Big(row.available)).toFixed()),
          ]
        : []),
    ].map(safeCell),
  )
  return `${Papa.unparse([header, ...data])}\r\n`
}
