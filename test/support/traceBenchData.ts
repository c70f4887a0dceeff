/**
 * The trace benchmark's data, written with set-based SQL on a plain `pg` client: trees of
 * production, each a raw lot used by two executions, each of whose lots is used by two more, six
 * levels deep (126 executions, 253 lots, 632 movements a tree). Every execution also takes a raw
 * lot of its own; raw lots are received into the warehouse and moved to the floor. Movements
 * reference their executions and lots as the ledger's would; balances and items' on-hand are
 * the sums of the movements, so verifyLedger finds nothing to say.
 */
import type pg from 'pg'

export const levels = 6
/** Nodes of a tree in heap order: 1 is the raw root lot, n's parent is n >> 1. */
const nodes = Array.from({ length: 2 ** (levels + 1) - 1 }, (_, i) => i + 1)
const levelOf = (n: number) => Math.floor(Math.log2(n))
export const movementsPerTree = 632

export type Places = { floor: number; production: number; supplier: number; warehouse: number }
/** Item ids: `byLevel[k]` for the lots of level k (0: the raw root), `extra` for the raw inputs. */
export type TraceItems = { byLevel: number[]; extra: number }

/** The lots a trace starts from in tree `t`: its raw root and one lot of the last level. */
export async function chainEnds(client: pg.Client, t: number) {
  const code = (n: number) => `T${t}-N${n}`
  const { rows } = await client.query<{ code: string; id: number }>(
    `select id, code from lots where code = any($1::text[])`,
    [[code(1), code(2 ** levels)]],
  )
  const id = (n: number) => rows.find((row) => row.code === code(n))!.id
  return { leaf: id(2 ** levels), root: id(1) }
}

/** Writes trees [from, to) in one transaction. */
export async function writeTrees(
  client: pg.Client,
  from: number,
  to: number,
  places: Places,
  items: TraceItems,
  status: number,
): Promise<void> {
  const shape = [
    nodes.map((n) => n),
    nodes.map(levelOf),
    nodes.map((n) => n >> 1),
    nodes.map((n) => items.byLevel[levelOf(n)]!),
  ]
  await client.query('begin')
  try {
    await client.query(`create temp table shape (n int, level int, parent int, item int) on commit drop;
      create temp table lot_map (t int, n int, kind text, item int, id int) on commit drop;
      create temp table exec_map (t int, n int, item int, id int) on commit drop`)
    await client.query(
      `insert into shape select * from unnest($1::int[], $2::int[], $3::int[], $4::int[])`,
      shape,
    )
    // Ids drawn first (as the ledger does for lots), so the movements can be joined to them.
    await client.query(
      `insert into lot_map
       select t, s.n, 'N', s.item, nextval(pg_get_serial_sequence('lots', 'id'))
       from generate_series(${from}, ${to - 1}) t cross join shape s
       union all
       select t, s.n, 'X', ${items.extra}, nextval(pg_get_serial_sequence('lots', 'id'))
       from generate_series(${from}, ${to - 1}) t cross join shape s where s.n > 1;
       insert into exec_map
       select t, s.n, s.item, nextval(pg_get_serial_sequence('executions', 'id'))
       from generate_series(${from}, ${to - 1}) t cross join shape s where s.n > 1`,
    )
    await client.query(
      `insert into lots (id, code, item_id, received_at, unit_cost, disposition, updated_at, created_at)
       select id, 'T' || t || '-' || kind || n, item, now(), case when kind = 'X' then 1.5 else 2 end,
         'available', now(), now()
       from lot_map;
       insert into executions (id, code, lot_label, product_id, production_date, planned_quantity,
         produced_quantity, status_id, production_floor_id, updated_at, created_at)
       select id, 'EX-B' || t || '-' || n, 'T' || t || '-N' || n, item,
         -- Spread over a year and more, as a factory's history is, for the dashboard's windows.
         current_date - (t % 400), 20, 20, ${status},
         ${places.floor}, now(), now()
       from exec_map`,
    )
    await writeMovements(client, places)
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw error
  }
}

/** Receipts and transfers of the raw lots, each execution's consumption and output, and the balances. */
async function writeMovements(client: pg.Client, p: Places) {
  await client.query(
    `with raw as (
       select * from lot_map where kind = 'X' or n = 1
     ), moves as (
       select item, id as lot, case when kind = 'X' then 5 else 20 end as quantity,
         ${p.supplier} as from_id, ${p.warehouse} as to_id, 'receipt' as reason, null::text as doc,
         'bench/receipt/' || t as posting, t
       from raw
       union all
       select item, id, case when kind = 'X' then 5 else 20 end, ${p.warehouse}, ${p.floor},
         'transfer', null, 'bench/transfer/' || t, t
       from raw
       union all
       select l.item, l.id, 10, ${p.floor}, ${p.production}, 'consume', e.id::text,
         'bench/executions/' || e.id, e.t
       from exec_map e join shape s on s.n = e.n
       join lot_map l on l.t = e.t and l.n = s.parent and l.kind = 'N'
       union all
       select l.item, l.id, 5, ${p.floor}, ${p.production}, 'consume', e.id::text,
         'bench/executions/' || e.id, e.t
       from exec_map e join lot_map l on l.t = e.t and l.n = e.n and l.kind = 'X'
       union all
       select l.item, l.id, 20, ${p.production}, ${p.floor}, 'produce', e.id::text,
         'bench/executions/' || e.id, e.t
       from exec_map e join lot_map l on l.t = e.t and l.n = e.n and l.kind = 'N'
     ), written as (
       insert into stock_movements (item_id, lot_id, quantity, from_id, to_id, unit_cost, reason,
         source_collection, source_id, posting_key, posting_hash, idempotency_key, posted_at,
         updated_at, created_at)
       select item, lot, quantity, from_id, to_id, 2, reason::enum_stock_movements_reason,
         case when doc is null then null else 'executions' end, doc, posting, 'bench',
         -- Posted on its tree's day, as its executions are dated.
         posting || '#' || reason || '/' || lot, current_date - (t % 400), now(), now()
       from moves
       returning item_id, from_id, to_id, lot_id, quantity
     ), deltas as (
       -- The balances as the ledger keeps them: each movement's two sides.
       select item_id, to_id as location_id, lot_id, quantity as delta from written
       union all
       select item_id, from_id, lot_id, -quantity from written
     )
     insert into stock_balances (item_id, location_id, lot_id, on_hand, reserved, available,
       updated_at, created_at)
     select item_id, location_id, lot_id, sum(delta), 0, sum(delta), now(), now()
     from deltas group by item_id, location_id, lot_id
     on conflict (item_id, location_id, lot_id) do update set
       on_hand = stock_balances.on_hand + excluded.on_hand,
       available = stock_balances.available + excluded.on_hand, updated_at = now()`,
  )
}

/** Items' on-hand and available: the sums of their balances at physical locations. */
export async function settleItems(client: pg.Client): Promise<void> {
  await client.query(
    `update items i set on_hand = s.on_hand, available = s.on_hand
     from (
       select b.item_id, sum(b.on_hand) as on_hand from stock_balances b
       join locations l on l.id = b.location_id and l.kind <> 'virtual' group by b.item_id
     ) s where i.id = s.item_id`,
  )
}
