import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'
import { idOf } from '../platform/idOf'
import { raiseRequisitions } from '../store/raiseRequisitions'

/**
 * After a generation, asks the store for what the plan's executions still need (completed ones
 * left out): the requisitions' codes. The generation holds the executions' rows already.
 */
export async function requestPlanMaterials(req: PayloadRequest, plan: number): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'executions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    sort: 'id',
    where: { plan: { equals: plan } },
  })
  const served = (docs as Execution[]).map((doc) => ({
    code: doc.code ?? `Execution ${doc.id}`,
    doc,
    id: doc.id,
    status: idOf(doc.status),
  }))
  const created = await raiseRequisitions(req, served, { plan, skipCompleted: true })
  return created.map((requisition) => requisition.code ?? '')
}
