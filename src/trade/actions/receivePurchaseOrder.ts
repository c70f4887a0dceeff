import Big from 'big.js'

import { parseDecimal, problemText, zero } from '../../platform/rules/decimal'
import { findPosting, post, type PostingLineInput, type PostingResult } from '../../ledger'
import { invalid, notFound } from '../../platform/errors'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { clientPostingKey } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { virtualLocation } from '../../inventory/virtualLocation'
import { idOf } from '../../platform/idOf'
import { documentId } from '../../platform/parseInput'

type Args = {
  id: number
  /** An idempotency key for this receipt: a retried request with the same key receives once. */
  key?: string
  /** Per line (by index in the order's lines) the quantity arriving; omitted: all that is still due. */
  lines?: { line: number; quantity: number | string }[]
  location: number
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
    const {
      docs: [order],
    } = await req.payload.find({
      collection: 'purchase-orders',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      where: { id: { equals: args.id } },
    })
    if (!order) throw notFound('id', `no purchase order with id ${args.id}`)
    const own = clientPostingKey(req, 'receivePurchaseOrder', args.key)
    const key = own ? postingKeyOf('purchase-orders', order.id, `receive/${own}`) : null
    const replay = key ? await findPosting(req, key) : null
    if (replay) return { ...replay, status: order.status ?? 'sent' }
    if (order.status === 'draft')
      throw invalid('id', `${order.number} is a draft: send it before receiving`)
    const orderLines = order.lines ?? []
    const due = orderLines.map((line) => new Big(line.quantity).minus(line.receivedQuantity ?? 0))
    const arriving = orderLines.map(() => zero)
    if (args.lines === undefined || args.lines === null) {
      due.forEach((quantity, index) => (arriving[index] = quantity))
    } else {
      if (!Array.isArray(args.lines) || args.lines.length === 0)
        throw invalid('lines', 'must list the lines received')
      args.lines.forEach((entry, n) => {
        const index = entry?.line
        if (!Number.isInteger(index) || index < 0 || index >= orderLines.length) {
          throw invalid(
            `lines[${n}].line`,
            `must be a line index between 0 and ${orderLines.length - 1}`,
          )
        }
        const quantity = parseDecimal(entry.quantity, 'positive')
        if (!quantity.ok) throw invalid(`lines[${n}].quantity`, problemText[quantity.problem])
        arriving[index] = arriving[index]!.plus(quantity.value)
      })
    }
    arriving.forEach((quantity, index) => {
      if (quantity.gt(due[index]!)) {
        throw invalid(
          `lines[${index}].quantity`,
          `only ${due[index]!.toFixed()} of line ${index} is still due, not ${quantity.toFixed()}`,
        )
      }
    })
    if (arriving.every((quantity) => quantity.eq(0)))
      throw invalid('lines', `nothing of ${order.number} is still due`)
    const supplier = await virtualLocation(req, 'supplier')
    const lines: PostingLineInput[] = orderLines.flatMap((line, index) =>
      arriving[index]!.gt(0)
        ? [
            {
              from: supplier,
              item: idOf(line.item),
              newLot: { unitCost: line.unitCost },
              quantity: arriving[index]!.toFixed(),
              reason: 'receipt',
              sourceLine: line.id ?? String(index),
              to: location,
            },
          ]
        : [],
    )
    const receipts = await req.payload.count({
      collection: 'stock-movements',
      overrideAccess: true,
      req,
      where: {
        sourceCollection: { equals: 'purchase-orders' },
        sourceId: { equals: String(order.id) },
      },
    })
    const result = await post(req, {
      // Without a key, the receipt's ordinal: two different deliveries never share a key.
      key: key ?? postingKeyOf('purchase-orders', order.id, `receive/${receipts.totalDocs}`),
      lines,
      source: { collection: 'purchase-orders', id: order.id },
    })
    const received = orderLines.map((line, index) => ({
      ...line,
      receivedQuantity: new Big(line.receivedQuantity ?? 0).plus(arriving[index]!).toNumber(),
    }))
    const status = received.every((line) => new Big(line.receivedQuantity).gte(line.quantity))
      ? 'received'
      : 'partially_received'
    await req.payload.update({
      collection: 'purchase-orders',
      data: { lines: received, status },
      id: order.id,
      req,
    })
    return { ...result, status }
  },
})
