import { APIError, type PayloadRequest } from 'payload'

import { hasPermission } from '../../access/userPermissions'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { describePath } from '../../recipes/rules/bomGraph'
import { explodePlan, nodeKey, type PlanDemand, type PlanNode } from '../rules/explodePlan'
import { recipeRequirements } from '../../recipes/rules/recipeRequirements'
import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { documentId } from '../../platform/parseInput'
import { lockFor } from '../../platform/lockFor'
import { loadPlanRecipes } from '../planRecipes'
import { itemNames, linkNewChildren, planExecutions, sameExecution } from '../planExecutions'
import { insertPlannedExecutions, type PlannedRequirement } from '../insertPlannedExecutions'
import { dayOf } from '../../workflow/productionDay'
import { loadWorkflow } from '../../workflow/workflow'
import { requestPlanMaterials } from '../requestPlanMaterials'

type Args = { id: number }

type Line = { date?: null | string; product: unknown; quantity: number }

export type GeneratedExecution = { code: string; id: number; product: number; quantity: string }
export type GenerateResult = {
  created: GeneratedExecution[]
  /** Started executions the new plan would change, left as they are. */
  notChanged: (GeneratedExecution & { reason: string })[]
  removed: { code: string; id: number }[]
  /** Requisitions raised for the plan's executions, when the plan asks for them. */
  requisitions: string[]
  unchanged: number
  updated: GeneratedExecution[]
}

/**
 * Explodes a plan into linked executions (see explodePlan) and writes them: one per product and
 * day, each child listing its parents, each parent's sub-recipe requirement pointing at its child.
 * New executions are created in the settings' default status, posting what falls due there (in
 * the last status: produced as planned). Generating again updates executions still in the first
 * status and lists those past it that it could not change. Everything is checked before the first write.
 */
export async function generatePlanExecutions(
  req: PayloadRequest,
  planId: number,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<GenerateResult> {
  if (!Number.isSafeInteger(planId) || planId <= 0)
    throw invalid('id', 'must be the id of a production plan')
  // One generation of a plan at a time: a second one waits, then sees the first's executions
  // and updates them rather than creating them again. An advisory lock, not the plan's row: the
  // job writes its progress to that row from another transaction meanwhile. The plan's
  // executions are then locked in id order (see lockDocuments) before they are read.
  await lockFor(req, `production-plans/${planId}/generate`)
  const {
    docs: [plan],
  } = await req.payload.find({
    collection: 'production-plans',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: { id: { equals: planId } },
  })
  if (!plan) throw invalid('id', `no production plan with id ${planId}`)
  const lines = (plan.lines ?? []) as Line[]
  if (!lines.length) throw invalid('lines', 'the plan has no lines')
  const demands: PlanDemand[] = lines.map((line, index) => {
    const quantity = parseDecimal(line.quantity, 'positive')
    if (!quantity.ok) throw invalid(`lines[${index}].quantity`, problemText[quantity.problem])
    return {
      date: dayOf(line.date ?? plan.date),
      product: idOf(line.product),
      quantity: quantity.value,
    }
  })

  const recipes = await loadPlanRecipes(
    req,
    demands.map((d) => d.product),
  )
  const explosion = explodePlan(
    demands,
    new Map([...recipes].map(([product, { recipe }]) => [product, recipe])),
  )
  const names = await itemNames(req, [
    ...demands.map((d) => d.product),
    ...(explosion.ok ? explosion.nodes.map((n) => n.product) : []),
    ...(!explosion.ok && explosion.code === 'cycle' ? explosion.path : []),
  ])
  if (!explosion.ok && explosion.code === 'no_recipe')
    throw invalid(
      `lines[${explosion.index}].product`,
      `${names.get(explosion.product) ?? explosion.product} has no active recipe`,
    )
  if (!explosion.ok)
    throw invalid(
      'lines',
      `the recipes form a cycle: ${describePath(explosion.path, (p) => names.get(p) ?? String(p))}`,
      { code: 'cycle' },
    )

  const workflow = await loadWorkflow(req)
  const initial = workflow.order[0]!
  // New executions start where any new production does (the settings' default status), posting
  // what falls due there; only those still in the first status count as not yet started.
  const startsDone = workflow.defaultStatus === workflow.terminal
  if (startsDone && req.user && !(await hasPermission(req, 'executions.finalize')))
    throw new APIError(
      `New production is created ${workflow.statuses.find((s) => s.id === workflow.terminal)?.name}: generating a plan then needs the "executions.finalize" permission.`,
      403,
      null,
      true,
    )
  const statusName = new Map(workflow.statuses.map((s) => [s.id, s.name]))
  const existing = await planExecutions(req, planId)
  const result: GenerateResult = {
    created: [],
    notChanged: [],
    removed: [],
    requisitions: [],
    unchanged: 0,
    updated: [],
  }
  const ids = new Map<string, number>()
  const started = new Set<string>()
  for (const [key, doc] of existing) {
    ids.set(key, doc.id)
    if (idOf(doc.status) !== initial) started.add(key)
  }

  const requirementsOf = (node: PlanNode): PlannedRequirement[] =>
    recipeRequirements(recipes.get(node.product)!.recipe, node.quantity).map((line) => ({
      childExecution:
        line.kind === 'sub_recipe' ? (ids.get(nodeKey(line.item, node.date)) ?? null) : null,
      item: line.item,
      kind: line.kind,
      requiredQuantity: Number(line.requiredQuantity.toFixed()),
    }))
  const parentsOf = (node: PlanNode) =>
    node.parents
      .filter((p) => ids.has(p.key))
      .map((p) => ({ execution: ids.get(p.key)!, requiredQuantity: Number(p.quantity.toFixed()) }))

  const total = explosion.nodes.length
  const fresh = explosion.nodes.filter((node) => !existing.has(node.key))
  const quantityOf = new Map(explosion.nodes.map((node) => [node.key, node.quantity.toFixed()]))
  for (const written of await insertPlannedExecutions(req, {
    bomOf: (product) => recipes.get(product)!.bom,
    descriptionOf: (product) => names.get(product),
    floor: idOf(plan.productionFloor),
    ids,
    nodes: fresh,
    parentsOf,
    plan: planId,
    requirementsOf: (node) =>
      requirementsOf(node).map((line) => ({
        ...line,
        childExecution: line.childExecution ?? null,
      })),
    status: workflow.defaultStatus,
    workflow,
  })) {
    const product = fresh.find((node) => node.key === written.key)!.product
    result.created.push({
      code: written.code,
      id: written.id,
      product,
      quantity: quantityOf.get(written.key)!,
    })
  }
  let done = fresh.length
  if (done > 0) await onProgress?.(done, total)
  const created = new Set(fresh.map((node) => node.key))
  for (const node of explosion.nodes) {
    if (created.has(node.key)) continue
    const summary = { product: node.product, quantity: node.quantity.toFixed() }
    const previous = existing.get(node.key)!
    const data = {
      parents: parentsOf(node),
      plannedQuantity: Number(node.quantity.toFixed()),
      requirements: requirementsOf(node),
    }
    if (sameExecution(previous, data)) {
      result.unchanged++
    } else if (started.has(node.key)) {
      result.notChanged.push({
        ...summary,
        code: previous.code ?? '',
        id: previous.id,
        reason: `already ${statusName.get(idOf(previous.status)) ?? 'started'}`,
      })
    } else {
      await req.payload.update({
        collection: 'executions',
        data,
        depth: 0,
        id: previous.id,
        overrideAccess: true,
        req,
      })
      result.updated.push({ ...summary, code: previous.code ?? '', id: previous.id })
    }
    await onProgress?.(++done, total)
  }

  // New parents were written pointing at their children; older ones may need a new child linked.
  await linkNewChildren(req, explosion.nodes, new Set([...started, ...created]), ids)
  const wanted = new Set(explosion.nodes.map((n) => n.key))
  for (const [key, doc] of existing) {
    if (wanted.has(key)) continue
    if (started.has(key)) {
      result.notChanged.push({
        code: doc.code ?? '',
        id: doc.id,
        product: idOf(doc.product),
        quantity: '0',
        reason: `no longer planned, but already ${statusName.get(idOf(doc.status)) ?? 'started'}`,
      })
      continue
    }
    await req.payload.delete({ collection: 'executions', id: doc.id, overrideAccess: true, req })
    result.removed.push({ code: doc.code ?? '', id: doc.id })
  }
  if (plan.requestMaterials) result.requisitions = await requestPlanMaterials(req, planId)
  return result
}

/** "Generate executions" for a production plan. */
export const generateExecutions = defineAction<Args, GenerateResult>({
  args: { id: 'Int!' },
  costs: {},
  description: 'generate executions from a production plan',
  name: 'generateExecutions',
  permission: 'executions.create',
  perform: (req, args) =>
    generatePlanExecutions(req, documentId(args.id, 'id', 'a production plan')),
})
