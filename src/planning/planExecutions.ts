import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'

import { dayOf } from '../workflow/productionDay'
import { conflict } from '../platform/errors'
import { idOf } from '../platform/idOf'
import { lockDocuments } from '../platform/lockDocuments'
import { query, sql, transactionDb } from '../platform/transactionDb'
import { nodeKey, type PlanNode } from './rules/explodePlan'

// What a plan's generation reads and links around the executions it writes.

/** A parent written before its child existed gets the child's id on its sub-recipe requirement. */
export async function linkNewChildren(
  req: PayloadRequest,
  nodes: PlanNode[],
  started: Set<string>,
  ids: Map<string, number>,
) {
  const childrenOf = new Map<string, PlanNode[]>()
  for (const node of nodes) {
    for (const parent of node.parents) {
      const list = childrenOf.get(parent.key) ?? []
      list.push(node)
      childrenOf.set(parent.key, list)
    }
  }
  for (const [parentKey, children] of childrenOf) {
    if (started.has(parentKey)) continue
    const parentId = ids.get(parentKey)!
    const doc = (await req.payload.findByID({
      collection: 'executions',
      depth: 0,
      id: parentId,
      overrideAccess: true,
      req,
      select: { requirements: true },
    })) as unknown as Execution
    const requirements = doc.requirements ?? []
    let changed = false
    for (const child of children) {
      const line = requirements.find(
        (r) => idOf(r.item) === child.product && r.kind === 'sub_recipe',
      )
      const childId = ids.get(child.key)!
      if (line && idOf(line.childExecution) !== childId) {
        line.childExecution = childId
        changed = true
      }
    }
    if (changed)
      await req.payload.update({
        collection: 'executions',
        data: { requirements },
        depth: 0,
        id: parentId,
        overrideAccess: true,
        req,
      })
  }
}

export const sameExecution = (
  doc: Execution,
  data: { parents: { execution: number; requiredQuantity: number }[]; plannedQuantity: number },
) =>
  Number(doc.plannedQuantity) === data.plannedQuantity &&
  JSON.stringify(
    (doc.parents ?? []).map((p) => [idOf(p.execution), Number(p.requiredQuantity)]),
  ) === JSON.stringify(data.parents.map((p) => [p.execution, p.requiredQuantity]))

export async function planExecutions(req: PayloadRequest, plan: number) {
  const rows = await query<{ id: number }>(
    await transactionDb(req),
    sql`select id from executions where plan_id = ${plan} order by id`,
  )
  await lockDocuments(
    req,
    'executions',
    rows.map((row) => row.id),
  )
  const { docs } = await req.payload.find({
    collection: 'executions',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { plan: { equals: plan } },
  })
  const byKey = new Map<string, Execution>()
  for (const doc of docs as unknown as Execution[]) {
    const key = nodeKey(idOf(doc.product), dayOf(doc.productionDate))
    if (byKey.has(key))
      throw conflict(`Plan ${plan} has two executions of one product on one day (${doc.code}).`)
    byKey.set(key, doc)
  }
  return byKey
}

export async function itemNames(req: PayloadRequest, ids: number[]) {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: [...new Set(ids)] } },
  })
  return new Map(docs.map((doc) => [doc.id, doc.name as string]))
}
