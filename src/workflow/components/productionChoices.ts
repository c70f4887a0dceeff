import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { PermissionKey } from '../../access/permissions'

import { userHolds } from '../../access/components/userHolds'
import { loadWorkflow } from '../workflow'

/** What the create-executions dialogs offer: the floors, and whether new production is done. */
export type ProductionChoices = {
  /** Production floors by id: the first is where production goes when none is chosen. */
  floors: { id: number; name: string }[]
  /** The last status' name when new production starts in it (a produced quantity is needed). */
  startsDoneAs: null | string
}

/** Read on the server, with the user's own access to the floors. */
export async function productionChoices(
  payload: Payload,
  user: TypedUser | null | undefined,
): Promise<ProductionChoices> {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  const { docs } = await payload.find({
    collection: 'locations',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    req,
    select: { name: true },
    sort: 'id',
    user,
    where: { kind: { equals: 'production_floor' } },
  })
  const workflow = await loadWorkflow(req)
  const done = workflow.statuses.find((s) => s.id === workflow.terminal)?.name ?? 'done'
  return {
    floors: docs.map((floor) => ({ id: floor.id, name: floor.name ?? `Floor ${floor.id}` })),
    startsDoneAs: workflow.defaultStatus === workflow.terminal ? done : null,
  }
}

/** The choices for a user who holds `permission`; null for one who does not (no button then). */
export async function productionChoicesFor(
  payload: Payload,
  user: TypedUser | null | undefined,
  permission: PermissionKey,
): Promise<null | ProductionChoices> {
  if (!(await userHolds(payload, user, permission))) return null
  return productionChoices(payload, user)
}
