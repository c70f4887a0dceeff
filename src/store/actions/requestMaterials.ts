import type { PayloadRequest } from 'payload'

import { selectExecutions } from '../../executions/selectExecutions'
import { clientPostingKey } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { conflict, invalid } from '../../platform/errors'
import { isCanonicalId } from '../../platform/rules/inputValues'
import { raiseRequisitions } from '../raiseRequisitions'
import { findRequisitions, requisitionAnswer, type RequisitionAnswer } from '../requisitions'

type Args = { executions?: unknown; key?: unknown; plan?: unknown; source?: unknown }

async function planExecutionIds(req: PayloadRequest, plan: unknown): Promise<number[]> {
  if (!isCanonicalId(plan)) throw invalid('plan', 'must be a production plan id')
  const { docs } = await req.payload.find({
    collection: 'executions',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { code: true },
    user: req.user,
    where: { plan: { equals: plan } },
  })
  if (docs.length === 0) throw invalid('plan', `plan ${plan} has no executions to supply`)
  return docs.map((doc) => doc.id)
}

/**
 * `requestMaterials`: asks the store for what executions' supplied requirements still need, one
 * requisition per production floor and day (lines of one item merged, each keeping the share of
 * every requirement it serves). For the executions named, or for every execution of a plan.
 */
export const requestMaterials = defineAction<Args, { requisitions: RequisitionAnswer[] }>({
  args: { executions: 'JSON', key: 'String', plan: 'Int', source: 'Int' },
  costs: {},
  description: 'raise material requisitions',
  name: 'requestMaterials',
  permission: 'requisitions.manage',
  perform: async (req, args) => {
    // The client's key, scoped by user and action: asking twice with it raises nothing twice.
    const requestKey = clientPostingKey(req, 'requestMaterials', args.key)
    const given = (value: unknown) => value !== undefined && value !== null
    if (given(args.executions) && given(args.plan))
      throw invalid('plan', 'name the executions or a plan, not both')
    const ids =
      args.executions === undefined || args.executions === null
        ? args.plan === undefined || args.plan === null
          ? (() => {
              throw invalid('executions', 'name the executions, or a plan')
            })()
          : await planExecutionIds(req, args.plan)
        : (args.executions as number[])
    const selected = await selectExecutions(req, ids, 'executions', { lock: true })
    if (requestKey) {
      const docs = await findRequisitions(req, { requestKey: { equals: requestKey } })
      if (docs.length > 0) return { requisitions: docs.map(requisitionAnswer) }
    }
    const created = await raiseRequisitions(req, selected, {
      requestKey,
      source: args.source,
    })
    if (created.length === 0)
      throw conflict(
        'Everything these executions need has been requested already. Nothing was requested.',
      )
    return { requisitions: created.map(requisitionAnswer) }
  },
})
