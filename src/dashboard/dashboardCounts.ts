import type { PayloadRequest } from 'payload'

import type { StatusDayCount } from './rules/statusTable'
import { closedRequisitionStates } from '../store/rules/requisitionLines'
import { type Db, intArray, query, sql, transactionDb } from '../platform/transactionDb'
import { startOf } from './rules/dashboardWindow'

type SQL = ReturnType<typeof sql>

/** The floors a query covers: every floor (null), or these. */
export type Floors = null | readonly number[]

const onFloors = (column: SQL, floors: Floors): SQL =>
  floors === null ? sql`true` : sql`${column} = any(${intArray(floors)})`

const dayOf = (column: SQL): SQL => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`

const closedStates = sql`${`{${closedRequisitionStates.join(',')}}`}::text[]`

const counted = async (db: Db, statement: SQL): Promise<number> =>
  (await query<{ count: number }>(db, statement))[0]?.count ?? 0

type Window = { from: string; to: string }

/** Where each document type keeps its status, day and floor. */
const columns = {
  executions: {
    day: sql`production_date`,
    floor: sql`production_floor_id`,
    table: sql`executions`,
  },
  orders: { day: sql`deadline`, floor: sql`location_id`, table: sql`manufacturing_orders` },
}

/**
 * Executions (by production date) or manufacturing orders (by deadline) of the window's days,
 * counted by status and day.
 */
export async function countsByStatus(
  req: PayloadRequest,
  of: keyof typeof columns,
  window: Window,
  floors: Floors,
): Promise<StatusDayCount[]> {
  const { day, floor, table } = columns[of]
  return query<StatusDayCount>(
    await transactionDb(req),
    sql`select status_id as status, ${dayOf(day)} as day, count(*)::int as count
        from ${table}
        where ${day} >= ${startOf(window.from)} and ${day} < ${startOf(window.to)}
          and ${onFloors(floor, floors)}
        group by 1, 2`,
  )
}

/** Late work: executions dated before today not in the final status, orders past deadline not done. */
export async function lateCounts(
  req: PayloadRequest,
  today: string,
  terminal: number,
  floors: Floors,
): Promise<{ executions: number; orders: number }> {
  const db = await transactionDb(req)
  const executions = await counted(
    db,
    sql`select count(*)::int as count from executions
        where production_date < ${startOf(today)} and status_id <> ${terminal}
          and ${onFloors(sql`production_floor_id`, floors)}`,
  )
  const orders = await counted(
    db,
    sql`select count(*)::int as count from manufacturing_orders
        where deadline < ${startOf(today)} and coalesce(state::text, 'open') <> 'done'
          and ${onFloors(sql`location_id`, floors)}`,
  )
  return { executions, orders }
}

/** The store's queue: requisitions not yet closed, by state. */
export async function storeQueue(
  req: PayloadRequest,
  floors: Floors,
): Promise<{ count: number; state: string }[]> {
  return query<{ count: number; state: string }>(
    await transactionDb(req),
    sql`select state::text as state, count(*)::int as count from material_requisitions
        where state::text <> all(${closedStates}) and ${onFloors(sql`floor_id`, floors)}
        group by 1`,
  )
}

/** Production runs in progress, counted. */
export async function runsInProgress(req: PayloadRequest, floors: Floors): Promise<number> {
  return counted(
    await transactionDb(req),
    sql`select count(*)::int as count from production_runs
        where status = 'in_progress' and ${onFloors(sql`location_id`, floors)}`,
  )
}

/** The floors of the production assigned to a user (as its employee) and not yet done. */
export async function assignedFloors(
  req: PayloadRequest,
  user: number,
  terminal: number,
): Promise<number[]> {
  const rows = await query<{ floor: number }>(
    await transactionDb(req),
    sql`select production_floor_id as floor from executions
          where employee_id = ${user} and status_id <> ${terminal}
        union
        select location_id as floor from manufacturing_orders
          where employee_id = ${user} and coalesce(state::text, 'open') <> 'done'`,
  )
  return rows.map((row) => row.floor)
}
