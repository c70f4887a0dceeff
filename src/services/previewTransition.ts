import Big from 'big.js'
import { APIError } from 'payload'

import { invalid } from '../ledger/errors'
import { defineAction } from './defineAction'
import { idOf } from './idOf'
import { statusChangeProblems } from './statusChangeProblems'
import { type StockChange, stockChanges } from './stockChanges'
import { addTransitionDeltas, type StockDeltas } from './transitionDeltas'
import { loadWorkflow } from './workflow'

type Args = { id: number; producedQuantity?: number | string; status: number }

export type TransitionPreview = {
  allowed: boolean
  changes: StockChange[]
  from: { id: number; name: string } | null
  post: { action: string; item: number; line: string; quantity: string }[]
  problems: { field?: string; message: string; status: number }[]
  reverse: { action: string; item: number; line: string; quantity: string }[]
  to: { id: number; name: string }
}

/**
 * What moving an execution to a status would post and reverse, and each item's stock before and
 * after at each location, without writing anything. The transition itself recomputes the same
 * plan inside its locked transaction.
 */
export const previewTransition = defineAction<Args, TransitionPreview>({
  args: { id: 'Int!', producedQuantity: 'JSON', status: 'Int!' },
  costs: {},
  description: 'view executions',
  kind: 'query',
  name: 'previewTransition',
  permission: 'executions.view',
  run: async (req, args) => {
    if (!Number.isSafeInteger(args.id) || args.id <= 0)
      throw invalid('id', 'must be the id of an execution')
    const found = await req.payload.find({
      collection: 'executions',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
      user: req.user,
      where: { id: { equals: args.id } },
    })
    const doc = found.docs[0]
    if (!doc) throw new APIError(`id: no execution with id ${args.id}`, 404, null, true)
    const workflow = await loadWorkflow(req)
    const statusOf = (id: number) => {
      const status = workflow.statuses.find((s) => s.id === id)
      return status ? { id, name: status.name } : null
    }
    const to = statusOf(args.status)
    if (!to) throw invalid('status', `no production status with id ${args.status}`)
    const from = doc.status ? idOf(doc.status) : null
    const producedQuantity = args.producedQuantity ?? doc.producedQuantity
    const problems = await statusChangeProblems(req, {
      code: doc.code ?? `Execution ${doc.id}`,
      finalize: 'executions.finalize',
      from,
      producedQuantity,
      to: to.id,
      workflow,
    })
    const deltas: StockDeltas = new Map()
    const plan = await addTransitionDeltas(
      req,
      { ...doc, producedQuantity: producedQuantity as number },
      to.id,
      workflow,
      deltas,
    )
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
