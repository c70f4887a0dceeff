import { APIError, type PayloadRequest } from 'payload'

import { hasPermission } from '../access/userPermissions'
import { parseDecimal, problemText } from '../platform/rules/decimal'
import { describePath } from '../recipes/rules/bomGraph'
import { explodePlan, nodeKey, type PlanDemand, type PlanNode } from './rules/explodePlan'
import { recipeRequirements } from '../recipes/rules/recipeRequirements'
import { invalid } from '../platform/errors'
import { findAllByIds } from '../platform/findAllByIds'
import { idOf } from '../platform/idOf'
import { lockFor } from '../platform/lockFor'
import { loadPlanRecipes, type PlanRecipes } from './planRecipes'
import { itemNames, linkNewChildren, planExecutions, sameExecution } from './planExecutions'
import { insertPlannedExecutions, type PlannedRequirement } from './insertPlannedExecutions'
import { dayOf } from '../workflow/productionDay'
import { loadWorkflow, type Workflow } from '../workflow/workflow'
import { requestPlanMaterials } from './requestPlanMaterials'

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

type Progress = (done: number, total: number) => Promise<void>

/** What one generation works with once the plan is checked: its nodes and its executions. */
type Generation = Awaited<ReturnType<typeof startGeneration>>

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
  onProgress?: Progress,
): Promise<GenerateResult> {
  if (!Number.isSafeInteger(planId) || planId <= 0)
    throw invalid('id', 'must be the id of a production plan')
  // One generation of a plan at a time: a second one waits, then sees the first's executions
  // and updates them rather than creating them again. An advisory lock, not the plan's row: the
  // job writes its progress to that row from another transaction meanwhile. The plan's
  // executions are then locked in id order (see lockDocuments) before they are read.
  await lockFor(req, `production-plans/${planId}/generate`)
  const { demands, plan } = await loadPlanDemands(req, planId)
  const recipes = await loadPlanRecipes(
    req,
    demands.map((d) => d.product),
  )
  const { names, nodes } = await explodeOrRefuse(req, demands, recipes)
  const workflow = await loadWorkflow(req)
  await refuseStartingDoneWithoutFinalize(req, workflow)
  const generation = await startGeneration(req, { names, nodes, planId, recipes, workflow })
  const created = await createNewExecutions(generation, idOf(plan.productionFloor))
  await updateExistingExecutions(generation, created, onProgress)
  // New parents were written pointing at their children; older ones may need a new child linked.
  await linkNewChildren(req, nodes, new Set([...generation.started, ...created]), generation.ids)
  await removeUnplannedExecutions(generation)
  if (plan.requestMaterials)
    generation.result.requisitions = await requestPlanMaterials(req, planId)
  return generation.result
}

/** The plan and what its lines ask for: a product, a quantity and a day each. */
async function loadPlanDemands(req: PayloadRequest, planId: number) {
  const [plan] = await findAllByIds(req, 'production-plans', [planId])
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
  return { demands, plan }
}

/** The plan's nodes, or the refusal naming the product without a recipe or the cycle. */
async function explodeOrRefuse(req: PayloadRequest, demands: PlanDemand[], recipes: PlanRecipes) {
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
    )
  return { names, nodes: explosion.nodes }
}

/**
 * New executions start where any new production does (the settings' default status), posting
 * what falls due there: when that is the last status, generating needs the right to finalize.
 */
async function refuseStartingDoneWithoutFinalize(req: PayloadRequest, workflow: Workflow) {
  const startsDone = workflow.defaultStatus === workflow.terminal
  if (startsDone && req.user && !(await hasPermission(req, 'executions.finalize')))
    throw new APIError(
      `New production is created ${workflow.statuses.find((s) => s.id === workflow.terminal)?.name}: generating a plan then needs the "executions.finalize" permission.`,
      403,
      null,
      true,
    )
}

/**
 * The plan's executions so far, by node key; only those still in the first status count as not
 * yet started. Requirements and parents of a node point at the executions known by then.
 */
async function startGeneration(
  req: PayloadRequest,
  args: {
    names: Map<number, string>
    nodes: PlanNode[]
    planId: number
    recipes: PlanRecipes
    workflow: Workflow
  },
) {
  const { recipes, workflow } = args
  const initial = workflow.order[0]!
  const existing = await planExecutions(req, args.planId)
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
  const result: GenerateResult = {
    created: [],
    notChanged: [],
    removed: [],
    requisitions: [],
    unchanged: 0,
    updated: [],
  }
  const statusName = new Map(workflow.statuses.map((s) => [s.id, s.name]))
  return { ...args, existing, ids, parentsOf, req, requirementsOf, result, started, statusName }
}

/** Writes the nodes that have no execution yet, all at once; answers their keys. */
async function createNewExecutions(generation: Generation, floor: number) {
  const { existing, names, nodes, recipes, result } = generation
  const fresh = nodes.filter((node) => !existing.has(node.key))
  const quantityOf = new Map(nodes.map((node) => [node.key, node.quantity.toFixed()]))
  for (const written of await insertPlannedExecutions(generation.req, {
    bomOf: (product) => recipes.get(product)!.bom,
    descriptionOf: (product) => names.get(product),
    floor,
    ids: generation.ids,
    nodes: fresh,
    parentsOf: generation.parentsOf,
    plan: generation.planId,
    requirementsOf: (node) =>
      generation.requirementsOf(node).map((line) => ({
        ...line,
        childExecution: line.childExecution ?? null,
      })),
    status: generation.workflow.defaultStatus,
    workflow: generation.workflow,
  })) {
    const product = fresh.find((node) => node.key === written.key)!.product
    result.created.push({
      code: written.code,
      id: written.id,
      product,
      quantity: quantityOf.get(written.key)!,
    })
  }
  return new Set(fresh.map((node) => node.key))
}

/** Updates the executions the plan still wants, unless unchanged or already started. */
async function updateExistingExecutions(
  generation: Generation,
  created: Set<string>,
  onProgress?: Progress,
) {
  const { existing, nodes, req, result, started, statusName } = generation
  const total = nodes.length
  let done = created.size
  if (done > 0) await onProgress?.(done, total)
  for (const node of nodes) {
    if (created.has(node.key)) continue
    const summary = { product: node.product, quantity: node.quantity.toFixed() }
    const previous = existing.get(node.key)!
    const data = {
      parents: generation.parentsOf(node),
      plannedQuantity: Number(node.quantity.toFixed()),
      requirements: generation.requirementsOf(node),
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
}

/** Deletes the executions the plan no longer wants, listing those already started instead. */
async function removeUnplannedExecutions(generation: Generation) {
  const { existing, nodes, req, result, started, statusName } = generation
  const wanted = new Set(nodes.map((n) => n.key))
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
}
