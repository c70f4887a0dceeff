import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../../platform/transactionDb'

/** Which movements a dashboard figure counts: since when, on one floor or everywhere. */
export type FigureScope = {
  /** The floors (locations) counted; every one when not given. */
  floors?: null | readonly number[]
  since: Date
  /** Up to (not including); no end when not given. */
  until?: Date
  /** Whose output counts: executions', manufacturing orders' or both (the default). */
  sources?: readonly ('executions' | 'manufacturing-orders')[]
}

const bothSources = ['executions', 'manufacturing-orders'] as const

const onFloors = (column: string, floors?: null | readonly number[]) =>
  floors ? sql`${sql.raw(column)} = any(${intArray(floors)})` : sql`true`

/**
 * Production that still stands: produce movements of executions and manufacturing orders since
 * `since`, neither a reversal nor reversed (a taken-back output never happened).
 */
const standingOutput = (scope: FigureScope) => sql`m.reason = 'produce'
  and m.posted_at >= ${scope.since.toISOString()}
  and ${scope.until ? sql`m.posted_at < ${scope.until.toISOString()}` : sql`true`}
  and m.source_collection = any(${`{${(scope.sources ?? bothSources).join(',')}}`}::text[])
  and m.reverses_id is null
  and not exists (select 1 from stock_movements r where r.reverses_id = m.id)
  and ${onFloors('m.to_id', scope.floors)}`

/** What executions and manufacturing orders produced per day (UTC), in their items' units. */
export async function producedByDay(
  req: PayloadRequest,
  scope: FigureScope,
): Promise<{ day: string; quantity: string }[]> {
  return query(
    await transactionDb(req),
    sql`select to_char(m.posted_at at time zone 'UTC', 'YYYY-MM-DD') as day,
          sum(m.quantity)::text as quantity
        from stock_movements m
        where ${standingOutput(scope)}
        group by 1 order by 1`,
  )
}

export type ProducedCost = {
  item: number
  name: string
  quantity: string
  sku: string
  /** The item's standard cost per unit, if it has one. */
  standard_cost: null | string
  unit: string
  /** Σ quantity × unit cost of what was produced: the actual cost. */
  value: string
}

/**
 * Per product made since `since`: how much, at what actual cost (each output at its lot's unit
 * cost), beside the item's standard cost; the `limit` products of the highest actual cost.
 */
export async function producedCostByItem(
  req: PayloadRequest,
  scope: FigureScope & { limit: number },
): Promise<ProducedCost[]> {
  return query(
    await transactionDb(req),
    sql`with made as (
          select m.item_id, sum(m.quantity) as quantity,
            sum(m.quantity * coalesce(m.unit_cost, 0)) as value
          from stock_movements m
          where ${standingOutput(scope)}
          group by m.item_id
        )
        select i.id as item, i.name, i.sku, i.unit, made.quantity::text as quantity,
          made.value::text as value, i.standard_cost::text as standard_cost
        from made join items i on i.id = made.item_id
        order by made.value desc, i.sku
        limit ${scope.limit}`,
  )
}

/**
 * What stock on hand is worth at each physical location (Σ on hand × its lot's unit cost), with
 * the quantity of the lots that carry no cost; only locations holding stock.
 */
export async function onHandValueByLocation(
  req: PayloadRequest,
  scope: Pick<FigureScope, 'floors'>,
): Promise<{ kind: string; location: number; name: string; uncosted: string; value: string }[]> {
  return query(
    await transactionDb(req),
    sql`select l.id as location, l.name, l.kind::text as kind,
          sum(b.on_hand * coalesce(t.unit_cost, 0))::text as value,
          sum(case when t.unit_cost is null then b.on_hand else 0 end)::text as uncosted
        from stock_balances b
        join locations l on l.id = b.location_id and l.kind <> 'virtual'
        join lots t on t.id = b.lot_id
        where b.on_hand > 0 and ${onFloors('b.location_id', scope.floors)}
        group by l.id
        order by sum(b.on_hand * coalesce(t.unit_cost, 0)) desc, l.name`,
  )
}
