import Big from 'big.js'
import { APIError } from 'payload'

import { invalid } from '../ledger/errors'
import { intArray, query, sql, transactionDb } from '../ledger/transactionDb'
import { defineAction } from './defineAction'
import { idOf } from './idOf'
import { executionDocument } from './productionLines'
import { statusChangeProblems } from './statusChangeProblems'
import { planStatusInventory } from './statusInventory'
import { loadWorkflow } from './workflow'

type Args = { id: number; producedQuantity?: number | string; status: number }

type StockRow = {
  available: string
  item: number
  location: number
  location_name: string
  name: string
  on_hand: string
  policy: string
  sku: string
  unit: string
}

export type StockChange = {
  availableAfter: string
  availableBefore: string
  item: { id: number; name: string; sku: string; unit: string }
  location: { id: number; name: string }
  onHandAfter: string
  onHandBefore: string
  /** Signed: negative leaves the location. */
  quantity: string
  /** The change would take available stock below zero where the policy refuses it. */
  shortage: boolean
}

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
    const production = await executionDocument(req, {
      ...doc,
      producedQuantity: producedQuantity as number,
    })
    const plan = await planStatusInventory(req, production, to.id, workflow)
    const db = await transactionDb(req)
    const deltas = new Map<string, Big>()
    const add = (item: number, location: number, quantity: Big) => {
      const key = `${item}:${location}`
      deltas.set(key, (deltas.get(key) ?? new Big(0)).plus(quantity))
    }
    for (const line of plan.post) {
      const quantity = new Big(line.quantity)
      add(
        line.item,
        production.location,
        line.action === 'add_products' ? quantity : quantity.neg(),
      )
    }
    const movementIds = plan.reverse.flatMap((p) => p.movements)
    if (movementIds.length > 0) {
      const moved = await query<{
        from_id: number
        item_id: number
        quantity: string
        to_id: number
      }>(
        db,
        sql`select item_id, from_id, to_id, quantity::text as quantity from stock_movements
            where id = any(${intArray(movementIds)})`,
      )
      for (const m of moved) {
        add(m.item_id, m.from_id, new Big(m.quantity))
        add(m.item_id, m.to_id, new Big(m.quantity).neg())
      }
    }
    const pairs = [...deltas.keys()].map((key) => key.split(':').map(Number) as [number, number])
    const stock = pairs.length
      ? await query<StockRow>(
          db,
          sql`select i.id as item, l.id as location, l.name as location_name, i.sku, i.name, i.unit,
                coalesce(sum(b.on_hand), 0)::text as on_hand, coalesce(sum(b.available), 0)::text as available,
                case when coalesce(i.negative_stock::text, 'inherit') = 'inherit'
                  then (select negative_stock_policy::text from production_settings limit 1)
                  else i.negative_stock::text end as policy
              from unnest(${intArray(pairs.map(([item]) => item))}, ${intArray(pairs.map(([, location]) => location))}) as p(item, location)
              join items i on i.id = p.item
              join locations l on l.id = p.location and l.kind <> 'virtual'
              left join stock_balances b on b.item_id = i.id and b.location_id = l.id
              group by i.id, l.id order by i.sku, l.name`,
        )
      : []
    const changes: StockChange[] = stock.map((row) => {
      const quantity = deltas.get(`${row.item}:${row.location}`)!
      const availableAfter = new Big(row.available).plus(quantity)
      return {
        availableAfter: availableAfter.toFixed(),
        availableBefore: new Big(row.available).toFixed(),
        item: { id: row.item, name: row.name, sku: row.sku, unit: row.unit },
        location: { id: row.location, name: row.location_name },
        onHandAfter: new Big(row.on_hand).plus(quantity).toFixed(),
        onHandBefore: new Big(row.on_hand).toFixed(),
        quantity: quantity.toFixed(),
        shortage: quantity.lt(0) && availableAfter.lt(0) && row.policy !== 'allow',
      }
    })
    for (const change of changes.filter((c) => c.shortage))
      problems.push({
        message: `${change.item.sku}: ${change.availableBefore} ${change.item.unit} available at ${change.location.name}, ${new Big(change.quantity).neg().toFixed()} required`,
        status: 409,
      })
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
