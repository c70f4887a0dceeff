import type { PayloadRequest } from 'payload'

import Big from 'big.js'
import Papa from 'papaparse'

import { safeCell } from './rules/csvCells'
import { shortageOf } from '../shortages/rules/materialShortage'
import { reservationsOf } from '../ledger'
import { sum } from '../platform/rules/decimal'
import { intArray, query, sql, transactionDb } from '../platform/transactionDb'

type NeedRow = {
  available: string
  item: number
  name: string
  on_hand: string
  required: string
  sku: string
  unit: string
}

/**
 * The raw materials the executions need, summed per item (requirements of material items), with
 * the item's stock over warehouses and floors when `withStock`: on hand, available and the
 * shortage (beyond what is available and what these executions already hold reserved). One aggregate query: the executions are already known to be readable.
 */
export async function materialsCsv(
  req: PayloadRequest,
  executions: number[],
  withStock: boolean,
): Promise<string> {
  const rows = await query<NeedRow>(
    await transactionDb(req),
    sql`select i.id as item, i.sku, i.name, i.unit, sum(r.required_quantity)::text as required,
          coalesce(i.on_hand, 0)::text as on_hand, coalesce(i.available, 0)::text as available
        from executions_requirements r join items i on i.id = r.item_id
        where r._parent_id = any(${intArray(executions)}) and i.kind = 'material'
        group by i.id order by i.sku`,
  )
  const reserved = withStock ? await reservationsOf(req, 'executions', executions) : []
  const heldOf = (item: number) =>
    sum(reserved.filter((held) => held.item === item).map((held) => held.quantity))
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
            // What these executions hold reserved is theirs: it counts against their shortage.
            Number(
              shortageOf(
                new Big(row.required),
                new Big(row.available).plus(heldOf(row.item)),
              ).toFixed(),
            ),
          ]
        : []),
    ].map(safeCell),
  )
  return `${Papa.unparse([header, ...data])}\r\n`
}
