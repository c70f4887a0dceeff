import { createHash } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { type DraftOrder, draftOrders } from '../rules/shortagePurchases'
import { conflict } from '../../platform/errors'
import { clientPostingKey } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { lockFor } from '../../platform/lockFor'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { chosenLines } from '../shortageLines'
import { selectShortageDocuments } from '../shortageDocuments'

type Args = { documents?: unknown; key?: string; lines: unknown }

export type ShortageOrders = {
  /** The draft purchase orders, one per supplier chosen, in the order the suppliers came. */
  created: {
    id: number
    lines: { item: number; name: string; quantity: string; sku: string; unitCost: string }[]
    number: string
    supplier: { id: number; name: string }
  }[]
  /** True when `key` had already made these orders: they are answered, nothing is written. */
  replayed: boolean
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex')

/**
 * The row ids of the orders' lines under a client key: every one starts with the key's own
 * prefix, and the rest derives from the orders themselves. A retry with the same key and lines
 * finds exactly these rows; any other rows under the prefix mean the key made other orders.
 */
function rowIdsOf(scoped: string, orders: DraftOrder[]) {
  const prefix = hash(scoped).slice(0, 16)
  const fingerprint = JSON.stringify(
    orders.map((o) => [o.supplier, o.lines.map((l) => [l.item, l.quantity.toFixed()])]),
  )
  return {
    ids: orders.map((o) =>
      o.lines.map((_, j) => prefix + hash(`${fingerprint}\n${o.supplier}\n${j}`).slice(0, 8)),
    ),
    prefix,
  }
}

/** The orders a key already made: by their first line, each order's id; null when none. */
async function ordersUnderKey(
  req: PayloadRequest,
  key: string,
  scoped: string,
  orders: DraftOrder[],
  ids: string[][],
  prefix: string,
): Promise<Map<number, { id: number; number: string }> | null> {
  // Two requests with one key take turns: the second sees what the first made.
  await lockFor(req, `purchaseShortages/${scoped}`)
  const rows = await query<{ id: string; number: null | string; parent: number }>(
    await transactionDb(req),
    sql`select pl.id, pl._parent_id as parent, po.number
        from purchase_orders_lines pl join purchase_orders po on po.id = pl._parent_id
        where pl.id like ${`${prefix}%`}`,
  )
  if (rows.length === 0) return null
  const expected = ids.flat()
  const same =
    rows.length === expected.length && expected.every((id) => rows.some((r) => r.id === id))
  if (!same)
    throw conflict(
      `The idempotency key "${key}" was already used for other purchase orders; nothing was written.`,
    )
  return new Map(
    orders.map((order, o) => {
      const first = rows.find((r) => r.id === ids[o]![0])!
      return [order.supplier, { id: first.parent, number: first.number ?? '' }]
    }),
  )
}

/**
 * "Create purchase order", second step: the user's choice (`lines` of `{ item, supplier,
 * quantity }`, typically from previewShortagePurchases) as one draft purchase order per
 * supplier, each line at its item's standard cost, for the user to review and send. Every line
 * is checked first, and any problem writes nothing. `documents` (optional) names what the
 * orders are for, in their notes. With a `key`, a retry answers the orders the first call made
 * (`replayed`), and the same key with other lines is refused (409).
 */
export const purchaseShortages = defineAction<Args, ShortageOrders>({
  args: { documents: 'JSON', key: 'String', lines: 'JSON!' },
  costs: { unitCost: 'purchaseOrders.viewCosts' },
  description: 'create purchase orders',
  name: 'purchaseShortages',
  permission: 'purchaseOrders.create',
  perform: async (req, args) => {
    const scoped = clientPostingKey(req, 'purchaseShortages', args.key)
    const { items, lines, suppliers } = await chosenLines(req, args.lines)
    const documents =
      args.documents === undefined || args.documents === null
        ? []
        : await selectShortageDocuments(req, args.documents)
    const orders = draftOrders(lines, (item) => items.get(item)!.standardCost)
    const rowIds = scoped ? rowIdsOf(scoped, orders) : null
    const earlier =
      scoped && rowIds
        ? await ordersUnderKey(req, args.key!.trim(), scoped, orders, rowIds.ids, rowIds.prefix)
        : null

    const notes = documents.length
      ? `For what ${documents.map((d) => d.code).join(', ')} are short of.`
      : undefined
    const created: ShortageOrders['created'] = []
    for (const [o, order] of orders.entries()) {
      const made =
        earlier?.get(order.supplier) ??
        (await req.payload.create({
          collection: 'purchase-orders',
          data: {
            lines: order.lines.map((line, j) => ({
              ...(rowIds ? { id: rowIds.ids[o]![j] } : {}),
              item: line.item,
              quantity: Number(line.quantity.toFixed()),
              unitCost: Number(line.unitCost.toFixed()),
            })),
            notes,
            status: 'draft',
            supplier: order.supplier,
          },
          depth: 0,
          overrideAccess: false,
          req,
          user: req.user,
        }))
      created.push({
        id: made.id,
        lines: order.lines.map((line) => ({
          item: line.item,
          name: items.get(line.item)!.name,
          quantity: line.quantity.toFixed(),
          sku: items.get(line.item)!.sku,
          unitCost: line.unitCost.toFixed(),
        })),
        number: made.number ?? '',
        supplier: { id: order.supplier, name: suppliers.get(order.supplier) ?? '' },
      })
    }
    return { created, replayed: earlier !== null }
  },
})
