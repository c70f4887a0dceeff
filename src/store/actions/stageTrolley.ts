import type { PayloadRequest } from 'payload'

import type { Trolley } from '../../payload-types'
import { defineAction } from '../../platform/defineAction'
import { conflict, invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { isCanonicalId, textProblem } from '../../platform/rules/inputValues'
import {
  addToLot,
  refuseClosed,
  type Requisition,
  requisitionAnswer,
  type RequisitionAnswer,
  saveRequisition,
} from '../requisitions'
import { lotsToStage, stagedTrolley } from '../rules/staging'
import { lockFollowedRequisition } from '../requisitionSteps'
import { refreshSupplyStatus } from '../supplyStatus'

type Args = { label?: unknown; requisitions: unknown; trolley?: unknown }

async function openTrolley(
  req: PayloadRequest,
  id: unknown,
  floor: number,
): Promise<null | Trolley> {
  if (id === undefined || id === null) return null
  if (!Number.isSafeInteger(id)) throw invalid('trolley', 'must be a trolley id')
  const trolley = (await req.payload.findByID({
    collection: 'trolleys',
    depth: 0,
    disableErrors: true,
    id: id as number,
    overrideAccess: true,
    req,
  })) as null | Trolley
  if (!trolley) throw invalid('trolley', `there is no trolley ${id}`)
  if (idOf(trolley.floor) !== floor)
    throw invalid('trolley', `${trolley.code} stands on another floor`)
  if (trolley.state !== 'ready') throw invalid('trolley', `${trolley.code} has been emptied`)
  return trolley
}

/** The request's requisition ids and label, and a trolley it names that exists, or a 400. */
async function checkRequest(req: PayloadRequest, args: Args): Promise<number[]> {
  const ids = args.requisitions
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => isCanonicalId(id)))
    throw invalid('requisitions', 'list the requisitions to stage by id')
  const labelProblem = textProblem(args.label, false)
  if (labelProblem) throw invalid('label', labelProblem)
  if (args.trolley !== undefined && args.trolley !== null) {
    if (!isCanonicalId(args.trolley)) throw invalid('trolley', 'must be a trolley id')
    const { totalDocs } = await req.payload.count({
      collection: 'trolleys',
      overrideAccess: true,
      req,
      where: { id: { equals: args.trolley } },
    })
    if (totalDocs === 0) throw invalid('trolley', `there is no trolley ${args.trolley}`)
  }
  return [...new Set(ids.map(Number))].sort((a, b) => a - b)
}

/** Locks the requisitions in id order; all must be open and of one floor. */
async function lockOneFloor(req: PayloadRequest, ids: number[]) {
  const requisitions: Requisition[] = []
  for (const [i, id] of ids.entries()) {
    const requisition = await lockFollowedRequisition(req, id, `requisitions[${i}]`)
    refuseClosed(requisition, 'staged')
    requisitions.push(requisition)
  }
  const floor = idOf(requisitions[0]!.floor)
  if (requisitions.some((r) => idOf(r.floor) !== floor))
    throw invalid('requisitions', 'a trolley stands on one floor: stage one floor’s requisitions')
  return { floor, requisitions }
}

async function saveTrolley(
  req: PayloadRequest,
  existing: null | Trolley,
  data: Omit<Trolley, 'createdAt' | 'id' | 'updatedAt'>,
): Promise<Trolley> {
  if (existing)
    return (await req.payload.update({
      collection: 'trolleys',
      data,
      depth: 0,
      id: existing.id,
      overrideAccess: true,
      req,
    })) as Trolley
  return (await req.payload.create({
    collection: 'trolleys',
    data,
    depth: 0,
    overrideAccess: true,
    req,
  })) as Trolley
}

/**
 * `stageTrolley`: places what was issued to a floor on a trolley there, lot by lot, beside the
 * executions it serves: a new trolley (with an optional label) or one already on that floor.
 * The stock is on the floor already; staging moves no stock, it records where it waits.
 */
export const stageTrolley = defineAction<
  Args,
  { requisitions: RequisitionAnswer[]; trolley: { code: string; id: number } }
>({
  args: { label: 'String', requisitions: 'JSON!', trolley: 'Int' },
  costs: {},
  description: 'build trolleys',
  name: 'stageTrolley',
  permission: 'trolleys.build',
  perform: async (req, args) => {
    const ids = await checkRequest(req, args)
    const { floor, requisitions } = await lockOneFloor(req, ids)
    const staged = lotsToStage(requisitions)
    if (staged.length === 0)
      throw conflict(
        `Nothing issued is waiting to be staged on ${requisitions.map((r) => r.code).join(', ')}: issue it to the floor first.`,
      )
    for (const { line, lot, quantity } of staged) addToLot(line, lot, 'staged', quantity)
    const existing = await openTrolley(req, args.trolley, floor)
    const data = stagedTrolley(existing, requisitions, staged, floor, args.label)
    const trolley = await saveTrolley(req, existing, data)
    const saved: Requisition[] = []
    for (const requisition of requisitions)
      saved.push(await saveRequisition(req, requisition, { trolley: trolley.id }))
    await refreshSupplyStatus(req, [
      ...new Set(saved.flatMap((r) => (r.executions ?? []).map(idOf))),
    ])
    return {
      requisitions: saved.map(requisitionAnswer),
      trolley: { code: trolley.code ?? '', id: trolley.id },
    }
  },
})
