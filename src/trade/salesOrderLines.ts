import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import {
  type OrderLine,
  planMakeToOrder,
  skipReasonText,
  type SkipReason,
} from './rules/makeToOrder'
import { invalid } from '../platform/errors'
import { findReadable } from '../platform/findByIds'
import type { SalesOrder } from '../payload-types'
import { idOf } from '../platform/idOf'
import { lockFor } from '../platform/lockFor'
import { documentId, positiveQuantity } from '../platform/parseInput'
import { activeBomsOf } from '../recipes/recipes'

/** The documents made for sales order lines, and the field that numbers them. */
export type MadeForLines =
  | { collection: 'executions'; number: 'code' }
  | { collection: 'manufacturing-orders'; number: 'orderNumber' }

export type SalesOrderLineRef = { item: number; line: string }

export type SalesOrderLinesPlan = {
  id: number
  order: SalesOrder
  /**
   * Lines to make, each with its item's active recipe, where the request asked for it (`at`
   * names a field of the line as the request sent it) and what else it chose for that line.
   */
  create: {
    at: (field: string) => string
    bom: number
    choices: Record<string, unknown>
    line: OrderLine
  }[]
  /** Lines that already have their document: nothing new is made for them. */
  existing: (SalesOrderLineRef & { id: number; number: string })[]
  skipped: (SalesOrderLineRef & { code: SkipReason; reason: string })[]
}

type SelectedLine = { at: (field: string) => string; choices: Record<string, unknown> }

const pathOf = (index: number) => (field: string) => `lines[${index}]${field ? `.${field}` : ''}`

/**
 * The lines asked for: every line, or those named (by id, or as `{ line, quantity, ... }` to
 * choose how much and more for that line), each of which must be one of the order's, once. A
 * quantity chosen replaces the ordered one.
 */
function selectLines(
  lines: OrderLine[],
  wanted: unknown,
  number: string,
): (OrderLine & SelectedLine)[] {
  if (wanted === undefined || wanted === null)
    return lines.map((line, index) => ({ ...line, at: pathOf(index), choices: {} }))
  if (!Array.isArray(wanted) || wanted.length === 0)
    throw invalid('lines', 'list the lines to produce, or leave it out for all')
  const seen = new Set<string>()
  return wanted.map((entry, index) => {
    const at = pathOf(index)
    const choices: Record<string, unknown> =
      typeof entry === 'object' && entry !== null && !Array.isArray(entry)
        ? (entry as Record<string, unknown>)
        : {}
    const id = typeof entry === 'string' ? entry : choices.line
    if (typeof id !== 'string')
      throw invalid(at(''), "must be a line's id, or an object with the line's id as `line`")
    const line = lines.find((l) => l.id === id)
    if (!line) throw invalid(at(''), `${number} has no line ${JSON.stringify(id)}`)
    if (seen.has(id)) throw invalid(at(''), `line ${JSON.stringify(id)} is listed twice`)
    seen.add(id)
    const quantity =
      choices.quantity === undefined || choices.quantity === null || choices.quantity === ''
        ? line.quantity
        : positiveQuantity(choices.quantity, at('quantity'))
    return { ...line, at, choices, quantity }
  })
}

/**
 * What making a sales order's lines means for one kind of document (executions or manufacturing
 * orders): the order read with the user's own access, the lines asked for, and for each whether
 * it already has its document, gets one from its item's active recipe, or is skipped. Holds a
 * lock on the order for that kind until the transaction ends, so two requests take turns and a
 * line never gets two documents: the caller creates `create` in the same transaction.
 */
export async function planSalesOrderLines(
  req: PayloadRequest,
  args: { lines?: unknown; salesOrder: unknown },
  made: MadeForLines,
): Promise<SalesOrderLinesPlan> {
  const id = documentId(args.salesOrder, 'salesOrder', 'a sales order')
  const order = await findReadable(req, 'sales-orders', id)
  if (!order) throw invalid('salesOrder', `no sales order with id ${id}`)
  const orderLines: OrderLine[] = (order.lines ?? []).map((line) => ({
    id: line.id!,
    item: idOf(line.item),
    quantity: new Big(line.quantity),
  }))
  const lines = selectLines(orderLines, args.lines, order.number ?? `Sales order ${id}`)

  await lockFor(req, `sales-orders/${id}/${made.collection}`)
  const { docs } = await req.payload.find({
    collection: made.collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { [made.number]: true, salesOrderLine: true },
    where: { salesOrder: { equals: id } },
  })
  const found = docs as unknown as ({ id: number; salesOrderLine?: null | string } & Record<
    string,
    unknown
  >)[]
  const selected = new Map(lines.map((line) => [line.id, line]))
  const decisions = planMakeToOrder(
    lines.map(({ id, item, quantity }) => ({ id, item, quantity })),
    await activeBomsOf(
      req,
      lines.map((line) => line.item),
    ),
    new Map(found.map((doc) => [doc.salesOrderLine ?? '', doc.id])),
  )
  const numberOf = new Map(found.map((doc) => [doc.id, String(doc[made.number] ?? '')]))

  const plan: SalesOrderLinesPlan = { create: [], existing: [], id, order, skipped: [] }
  for (const decision of decisions) {
    const ref = { item: decision.line.item, line: decision.line.id }
    if (decision.kind === 'existing')
      plan.existing.push({
        ...ref,
        id: decision.document,
        number: numberOf.get(decision.document) ?? '',
      })
    else if (decision.kind === 'skip')
      plan.skipped.push({ ...ref, code: decision.reason, reason: skipReasonText[decision.reason] })
    else {
      const { at, choices } = selected.get(decision.line.id)!
      plan.create.push({ at, bom: decision.bom, choices, line: decision.line })
    }
  }
  return plan
}
