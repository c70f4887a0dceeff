import type { PayloadRequest } from 'payload'

import { intArray, query, sql, transactionDb } from '../platform/transactionDb'
import type { StageLossRow } from './rules/chartSeries'

/** Since and until when, on which floors (every one when not given). */
export type ChartScope = { floors?: null | readonly number[]; since: Date; until: Date }

const onFloors = (column: string, floors?: null | readonly number[]) =>
  floors ? sql`${sql.raw(column)} = any(${intArray(floors)})` : sql`true`

/**
 * What was planned per day (UTC) of the scope: executions on their production date, orders on
 * their deadline (else the day they were created), at their planned quantity (a batch order's:
 * its batches' planned output), of the kinds of document asked for.
 */
export async function plannedByDay(
  req: PayloadRequest,
  scope: ChartScope & { executions: boolean; orders: boolean },
): Promise<{ day: string; quantity: string }[]> {
  const [since, until] = [scope.since.toISOString(), scope.until.toISOString()]
  return query(
    await transactionDb(req),
    sql`with planned as (
          select e.production_date as at, e.planned_quantity as quantity
          from executions e
          where ${scope.executions} and e.production_date >= ${since} and e.production_date < ${until}
            and ${onFloors('e.production_floor_id', scope.floors)}
          union all
          select coalesce(o.deadline, o.created_at),
            case when o.mode = 'batch'
              then (select coalesce(sum(b.planned_quantity), 0)
                from manufacturing_orders_outputs b where b._parent_id = o.id)
              else coalesce(o.quantity, 0) end
          from manufacturing_orders o
          where ${scope.orders} and coalesce(o.deadline, o.created_at) >= ${since}
            and coalesce(o.deadline, o.created_at) < ${until}
            and ${onFloors('o.location_id', scope.floors)}
        )
        select to_char(at at time zone 'UTC', 'YYYY-MM-DD') as day, sum(quantity)::text as quantity
        from planned group by 1 order by 1`,
  )
}

/**
 * Production runs' losses recorded in the scope, per process, stage, unit and kind; entries that
 * were reversed, and the reversals, count for nothing.
 */
export async function lossesByStage(
  req: PayloadRequest,
  scope: ChartScope,
): Promise<StageLossRow[]> {
  return query(
    await transactionDb(req),
    sql`select p.name as process, coalesce(s.name, max(e.stage_name)) as stage,
          s._order as position, e.unit, e.kind::text as kind, sum(e.quantity)::text as quantity
        from production_run_entries e
        join production_runs r on r.id = e.run_id
        join processes p on p.id = e.process_id
        left join processes_stages s on s.id = e.stage and s._parent_id = e.process_id
        where e.kind in ('waste', 'rejection', 'scrap') and e.reverses_id is null
          and not exists (select 1 from production_run_entries x where x.reverses_id = e.id)
          and e.recorded_at >= ${scope.since.toISOString()}
          and e.recorded_at < ${scope.until.toISOString()}
          and ${onFloors('r.location_id', scope.floors)}
        group by p.id, p.name, e.stage, s.name, s._order, e.unit, e.kind
        order by p.name, s._order nulls last, e.unit, e.kind`,
  )
}
