import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { formatDocumentNumber } from '../platform/rules/documentNumber'
import { documentTitle } from '../platform/rules/documentTitle'
import { nodeKey, type PlanNode } from './rules/explodePlan'
import { itemsAvailableAt } from '../ledger'
import { type Db, intArray, json, query, sql, transactionDb } from '../platform/transactionDb'
import { bringStockToStatus } from '../executions/bringStockToStatus'
import { dateOnDay } from '../platform/rules/calendarDay'
import type { Workflow } from '../workflow/workflow'

export type PlannedRequirement = {
  childExecution: null | number
  item: number
  kind: 'sub_recipe' | 'supplied'
  requiredQuantity: number
}

type Args = {
  bomOf: (product: number) => number
  /** The product's name: the execution's description and part of its title. */
  descriptionOf: (product: number) => string | undefined
  floor: number
  /** The ids of the plan's executions by node key; the new ones are added to it. */
  ids: Map<string, number>
  nodes: PlanNode[]
  parentsOf: (node: PlanNode) => { execution: number; requiredQuantity: number }[]
  plan: number
  requirementsOf: (node: PlanNode) => PlannedRequirement[]
  status: number
  workflow: Workflow
}

/** The id Payload gives an array row. */
const rowId = () => randomBytes(12).toString('hex')

/**
 * Writes a plan's new executions set-based: a few statements for all of them instead of a save
 * each, since a plan may hold thousands. They are exactly what saving each through the collection
 * would store (code, requirements, parents, links, costs), in `status` (the settings' default
 * status for new production; when that is the last, produced as planned). Then
 * the stock: only an execution that can post or reserve anything at creation (a rule names
 * that status, or an item it needs is in stock on the floor) goes through the status rules, one
 * by one as a save would; for the rest there is provably nothing to move.
 */
export async function insertPlannedExecutions(
  req: PayloadRequest,
  args: Args,
): Promise<{ code: string; id: number; key: string }[]> {
  if (args.nodes.length === 0) return []
  const db = await transactionDb(req)
  // Created done (the settings start new production in the last status): a plan says how much
  // to make, not how much came out, so each is recorded as having produced its planned quantity,
  // which the save of a done execution requires and the products added at creation post.
  const done = args.status === args.workflow.terminal
  const created = await insertExecutionRows(db, args, done)

  const requirements = await insertRequirementsAndParents(db, args)

  const { general, conditional } = args.workflow.rules
  // A rule is due at creation when it names this status or one before it: a status past the
  // first posts all that came due on the way, as a save in that status does.
  const position = (status: number) => args.workflow.order.indexOf(status)
  const at = position(args.status)
  const ruleAtStart = [...Object.values(general), ...conditional.map((rule) => rule.status)].some(
    (status) => position(status) <= at,
  )
  const items = [...new Set(requirements.flat().map((line) => line.item))]
  const stocked = new Set(await itemsAvailableAt(req, args.floor, items))
  // Once products are added at creation, a sub-assembly must be made before its parent consumes
  // it: children (deeper levels) post first.
  const addsProducts = position(general.add_products) <= at
  const postingOrder = [...args.nodes.keys()]
  if (addsProducts) postingOrder.reverse()
  for (const n of postingOrder) {
    const node = args.nodes[n]!
    if (!ruleAtStart && !requirements[n]!.some((line) => stocked.has(line.item))) continue
    await bringStockToStatus(req, {
      id: args.ids.get(node.key)!,
      plannedQuantity: Number(node.quantity.toFixed()),
      producedQuantity: done ? Number(node.quantity.toFixed()) : null,
      product: node.product,
      productionFloor: args.floor,
      requirements: requirements[n]!,
      status: args.status,
    })
  }
  return created
}

/** The executions themselves, numbered; each node's execution id goes into `args.ids`. */
async function insertExecutionRows(db: Db, args: Args, done: boolean) {
  const inserted = await query<{ date: string; id: number; product: number }>(
    db,
    sql`insert into executions (status_id, product_id, product_description, production_date,
          planned_quantity, produced_quantity, production_floor_id, bom_id, plan_id,
          costs_material_cost, costs_unit_cost, updated_at, created_at)
        select ${args.status}, r.product, r.description, r.date::timestamptz, r.quantity::numeric,
          ${done ? sql`r.quantity::numeric` : sql`null`}, ${args.floor}, r.bom, ${args.plan}, 0, 0, now(), now()
        from jsonb_to_recordset(${json(
          args.nodes.map((node) => ({
            bom: args.bomOf(node.product),
            date: dateOnDay(node.date),
            description: args.descriptionOf(node.product) ?? null,
            product: node.product,
            quantity: node.quantity.toFixed(),
          })),
        )}) as r(product int, description text, date text, quantity text, bom int)
        returning id, product_id as product,
          to_char(production_date at time zone 'UTC', 'YYYY-MM-DD') as date`,
  )
  const created = inserted.map((row) => {
    const key = nodeKey(row.product, row.date)
    args.ids.set(key, row.id)
    return { code: formatDocumentNumber('EX', row.id), id: row.id, key }
  })
  // Numbered and titled as the collection's own hooks would (assignDocumentNumber,
  // keepDocumentTitle).
  const numbered = created.map((row, n) => ({
    ...row,
    title: documentTitle(row.code, args.descriptionOf(inserted[n]!.product)),
  }))
  await query(
    db,
    sql`update executions e set code = v.code, title = v.title
        from jsonb_to_recordset(${json(numbered)}) as v(id int, code text, title text)
        where e.id = v.id`,
  )
  return created
}

/**
 * Each execution's requirement rows (pointing at its children) and parent rows; answers the
 * requirements per node, as the status rules read them.
 */
async function insertRequirementsAndParents(db: Db, args: Args) {
  const requirements = args.nodes.map((node) =>
    args.requirementsOf(node).map((line) => ({ ...line, id: rowId() })),
  )
  const requirementRows = args.nodes.flatMap((node, n) =>
    requirements[n]!.map((line, order) => ({
      child: line.childExecution,
      id: line.id,
      item: line.item,
      kind: line.kind,
      order: order + 1,
      parent: args.ids.get(node.key)!,
      quantity: String(line.requiredQuantity),
    })),
  )
  if (requirementRows.length > 0)
    await query(
      db,
      sql`insert into executions_requirements (_order, _parent_id, id, item_id, required_quantity,
            kind, supply_status, child_execution_id)
          select r.order, r.parent, r.id, r.item, r.quantity::numeric,
            r.kind::enum_executions_requirements_kind, 'not_requested', r.child
          from jsonb_to_recordset(${json(requirementRows)})
            as r("order" int, parent int, id text, item int, quantity text, kind text, child int)`,
    )
  const parentRows = args.nodes.flatMap((node) =>
    args.parentsOf(node).map((parent, order) => ({
      execution: parent.execution,
      id: rowId(),
      order: order + 1,
      parent: args.ids.get(node.key)!,
      quantity: String(parent.requiredQuantity),
    })),
  )
  if (parentRows.length > 0)
    await query(
      db,
      sql`insert into executions_parents (_order, _parent_id, id, execution_id, required_quantity)
          select r.order, r.parent, r.id, r.execution, r.quantity::numeric
          from jsonb_to_recordset(${json(parentRows)})
            as r("order" int, parent int, id text, execution int, quantity text)`,
    )
  return requirements
}
