import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { invalid, notFound } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { findReadable } from '../../platform/findByIds'
import { idOf } from '../../platform/idOf'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { manufacturingOrderDocument } from '../../manufacturingOrders/orderDocument'
import type { OrderData } from '../../manufacturingOrders/orderShape'
import { executionDocument } from '../../executions/executionDocument'
import { statusChangeProblems } from '../../workflow/statusChangeProblems'
import { stockChanges } from '../../workflow/stockChanges'
import type { TransitionPreview } from '../../workflow/transitionPreview'
import { addDocumentTransitionDeltas, type StockDeltas } from '../../workflow/transitionDeltas'
import { loadWorkflow } from '../../workflow/workflow'

type Args = {
  /** `executions` (the default) or `manufacturing-orders`, for `id`. */
  collection?: string
  /** An execution's id (or, with `collection: 'manufacturing-orders'`, an order's). */
  id?: number
  /** A manufacturing order's id: the same as `id` with that collection. */
  order?: number
  producedQuantity?: number | string
  status: number
}

const isOrder = (args: Args) =>
  args?.order !== undefined && args?.order !== null
    ? true
    : args?.collection === 'manufacturing-orders'

/** The document the preview is about, read as the user may read it: 404 when it is not there. */
async function findDocument(req: PayloadRequest, args: Args) {
  const order = isOrder(args)
  if (
    !order &&
    args.collection !== undefined &&
    args.collection !== null &&
    args.collection !== 'executions'
  )
    throw invalid('collection', "must be 'executions' or 'manufacturing-orders'")
  const field = order && args.order !== undefined && args.order !== null ? 'order' : 'id'
  const id = field === 'order' ? args.order : args.id
  const noun = order ? 'a manufacturing order' : 'an execution'
  if (!Number.isSafeInteger(id) || (id as number) <= 0)
    throw invalid(field, `must be the id of ${noun}`)
  const doc = await findReadable(req, order ? 'manufacturing-orders' : 'executions', id as number)
  if (!doc) throw notFound(field, `no ${noun.slice(noun.indexOf(' ') + 1)} with id ${id}`)
  return { doc, order }
}

/**
 * What moving an execution or a manufacturing order to a status would post and reverse, and each
 * item's stock before and after at each location, without writing anything. An order's lines are
 * planned as its own save plans them: only what recorded output has not already consumed or
 * added. The transition itself recomputes the same plan inside its locked transaction.
 */
export const previewTransition = defineAction<Args, TransitionPreview>({
  args: { collection: 'String', id: 'Int', order: 'Int', producedQuantity: 'JSON', status: 'Int!' },
  costs: {},
  description: 'view executions',
  kind: 'query',
  name: 'previewTransition',
  permission: 'executions.view',
  permissionFor: (args) =>
    isOrder(args)
      ? { description: 'view manufacturing orders', permission: 'manufacturingOrders.view' }
      : { description: 'view executions', permission: 'executions.view' },
  perform: async (req, args) => {
    const { doc, order } = await findDocument(req, args)
    const workflow = await loadWorkflow(req)
    const statusOf = (id: number) => {
      const status = workflow.statuses.find((s) => s.id === id)
      return status ? { id, name: status.name } : null
    }
    if (!Number.isSafeInteger(args.status))
      throw invalid('status', 'must be the id of a production status')
    const to = statusOf(args.status)
    if (!to) throw invalid('status', `no production status with id ${args.status}`)
    if (args.producedQuantity !== undefined && args.producedQuantity !== null) {
      const parsed = parseDecimal(args.producedQuantity, 'non_negative')
      if (!parsed.ok) throw invalid('producedQuantity', problemText[parsed.problem])
    }
    const from = doc.status ? idOf(doc.status) : null
    const producedQuantity = order
      ? undefined
      : (args.producedQuantity ?? (doc as { producedQuantity?: unknown }).producedQuantity)
    const code = order
      ? ((doc as { orderNumber?: string }).orderNumber ?? `Order ${doc.id}`)
      : ((doc as { code?: string }).code ?? `Execution ${doc.id}`)
    const problems = await statusChangeProblems(req, {
      code,
      finalize: order ? 'manufacturingOrders.finalize' : 'executions.finalize',
      from,
      needsProducedQuantity: !order,
      producedQuantity,
      reopen: order ? undefined : 'executions.reopen',
      to: to.id,
      workflow,
    })
    const production = order
      ? await manufacturingOrderDocument(req, doc as OrderData & { id: number })
      : await executionDocument(req, {
          ...(doc as Parameters<typeof executionDocument>[1]),
          producedQuantity: producedQuantity as number,
        })
    const deltas: StockDeltas = new Map()
    const plan = await addDocumentTransitionDeltas(req, production, to.id, workflow, deltas)
    const { changes, shortages } = await stockChanges(req, deltas)
    problems.push(...shortages)
    const summary = (line: { action: string; item: number; line: string; quantity: unknown }) => ({
      action: line.action,
      item: line.item,
      line: line.line,
      quantity: new Big(String(line.quantity)).toFixed(),
    })
    return {
      allowed: problems.length === 0,
      changes,
      from: from === null ? null : statusOf(from),
      post: plan.post.map((line) => summary({ ...line, line: line.id })),
      problems,
      reverse: plan.reverse.map(summary),
      to,
    }
  },
})
