import type { PayloadRequest } from 'payload'

import { findPosting, post, type PostingLineInput, type PostingResult } from '../../ledger'
import { invalid, notFound } from '../../platform/errors'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { clientPostingKey } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { virtualLocation } from '../../inventory/virtualLocation'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'
import { documentId } from '../../platform/parseInput'
import type { Decimal } from '../../platform/rules/decimal'
import type { PurchaseOrder } from '../../payload-types'
import { afterReceipt, arrivingQuantities, type ReceivedEntry } from '../rules/purchaseReceipt'

type Args = {
  id: number
  /** An idempotency key for this receipt: a retried request with the same key receives once. */
  key?: string
  /** Per line (by index in the order's lines) the quantity arriving; omitted: all that is still due. */
  lines?: ReceivedEntry[]
  location: number
}

async function loadOrder(req: PayloadRequest, id: number): Promise<PurchaseOrder> {
  const [order] = await findAllByIds(req, 'purchase-orders', [id])
  if (!order) throw notFound('id', `no purchase order with id ${id}`)
  return order
}

/** Supplier → `location`, into a new lot at the line's cost, for each line that receives any. */
const receiptLines = (
  order: PurchaseOrder,
  arriving: Decimal[],
  supplier: number,
  location: number,
): PostingLineInput[] =>
  (order.lines ?? []).flatMap((line, index) =>
    arriving[index]!.gt(0)
      ? [
          {
            from: supplier,
            item: idOf(line.item),
            newLot: { unitCost: line.unitCost },
            quantity: arriving[index]!.toFixed(),
            reason: 'receipt' as const,
            sourceLine: line.id ?? String(index),
            to: location,
          },
        ]
      : [],
  )

/** How many receipts the order had: without a client's key, two deliveries never share one. */
async function receiptCount(req: PayloadRequest, order: PurchaseOrder): Promise<number> {
  const receipts = await req.payload.count({
    collection: 'stock-movements',
    overrideAccess: true,
    req,
    where: {
      sourceCollection: { equals: 'purchase-orders' },
      sourceId: { equals: String(order.id) },
    },
  })
  return receipts.totalDocs
}

/** Receives a purchase order, whole or in part: supplier → warehouse into new lots at each line's cost. */
export const receivePurchaseOrder = defineAction<Args, PostingResult & { status: string }>({
  args: { id: 'Int!', key: 'String', lines: 'JSON', location: 'Int!' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'receive purchases',
  name: 'receivePurchaseOrder',
  permission: 'purchases.receive',
  perform: async (req, args) => {
    if (!Number.isSafeInteger(args.id) || args.id <= 0)
      throw invalid('id', 'must be the id of a purchase order')
    const location = documentId(args.location, 'location', 'a location')
    const order = await loadOrder(req, args.id)
    const own = clientPostingKey(req, 'receivePurchaseOrder', args.key)
    const key = own ? postingKeyOf('purchase-orders', order.id, `receive/${own}`) : null
    const replay = key ? await findPosting(req, key) : null
    if (replay) return { ...replay, status: order.status ?? 'sent' }
    if (order.status === 'draft')
      throw invalid('id', `${order.number} is a draft: send it before receiving`)
    const choice = arrivingQuantities(order.number, order.lines ?? [], args.lines)
    if ('refusal' in choice) throw invalid(choice.refusal.path, choice.refusal.message)
    const supplier = await virtualLocation(req, 'supplier')
    const result = await post(req, {
      key:
        key ??
        postingKeyOf('purchase-orders', order.id, `receive/${await receiptCount(req, order)}`),
      lines: receiptLines(order, choice.arriving, supplier, location),
      source: { collection: 'purchase-orders', id: order.id },
    })
    const { lines, status } = afterReceipt(order.lines ?? [], choice.arriving)
    await req.payload.update({
      collection: 'purchase-orders',
      data: { lines, status },
      id: order.id,
      req,
    })
    return { ...result, status }
  },
})
