import type { Payload, TypedUser } from 'payload'

import { type PlanTreeRow, planTreeRows } from './rules/planTree'
import type { StatusLook } from '../workflow/components/StatusBadge'
import { refOf } from '../platform/idOf'

export type PlanTreeView = { rows: PlanTreeRow[]; statuses: Map<number, StatusLook> }

/**
 * The executions a plan generated, as the tree they form (see planTreeRows), with the statuses
 * they are in, read with the user's access: null for a user who may not read executions.
 */
export async function loadPlanTree(
  payload: Payload,
  user: null | TypedUser,
  plan: number,
): Promise<null | PlanTreeView> {
  const read = { depth: 0, overrideAccess: false, pagination: false, user } as const
  const executions = await payload
    .find({
      ...read,
      collection: 'executions',
      select: {
        code: true,
        parents: true,
        plannedQuantity: true,
        producedQuantity: true,
        status: true,
        title: true,
      },
      where: { plan: { equals: plan } },
    })
    .then(({ docs }) => docs)
    .catch(() => null)
  if (!executions) return null
  const { docs: statuses } = await payload
    .find({
      ...read,
      collection: 'production-statuses',
      select: { color: true, icon: true, name: true },
    })
    .catch(() => ({ docs: [] }))
  const rows = planTreeRows(
    executions.map((execution) => ({
      id: execution.id,
      parents: (execution.parents ?? []).map((parent) => ({
        execution: refOf(parent.execution)!,
        requiredQuantity: parent.requiredQuantity,
      })),
      plannedQuantity: execution.plannedQuantity,
      producedQuantity: execution.producedQuantity ?? null,
      status: refOf(execution.status),
      title: execution.title || execution.code || `#${execution.id}`,
    })),
  )
  return { rows, statuses: new Map(statuses.map((status) => [status.id, status])) }
}
