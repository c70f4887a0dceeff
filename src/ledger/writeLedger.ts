import type { BalanceDelta, PlannedMovement } from './rules/planPosting'
import { toSql } from '../platform/rules/decimal'
import { intArray, json, query, sql, type Db } from '../platform/transactionDb'
import type { NewLot } from './validatePosting'

export type MovementRow = {
  from_id: number
  id: number
  idempotency_key: string
  item_id: number
  lot_id: number
  posting_hash: string
  quantity: string
  reason: PlannedMovement['reason']
  source_line: null | string
  to_id: number
  unit_cost: string
}

/** Creates lots in one statement; codes derive from the item's SKU and the lot's id. */
export async function insertLots(
  db: Db,
  lots: { item: number; line: number; lot: NewLot }[],
  source: string | null,
): Promise<Map<number, number>> {
  if (lots.length === 0) return new Map()
  const rows = await query<{ id: number; line: number }>(
    db,
    sql`with r as (
          select nextval(pg_get_serial_sequence('lots', 'id'))::int as id, r.*
          from jsonb_to_recordset(${json(
            lots.map(({ item, line, lot }) => ({
              code: lot.code,
              disposition: lot.disposition,
              expires_at: lot.expiresAt,
              item,
              line,
              received_at: lot.receivedAt,
              unit_cost: toSql(lot.unitCost),
            })),
          )}) as r(line int, item int, code text, disposition text, expires_at timestamptz, received_at timestamptz, unit_cost numeric)
        ), inserted as (
          insert into lots (id, code, item_id, received_at, unit_cost, disposition, expires_at, source_document, updated_at, created_at)
          select r.id, coalesce(r.code, i.sku || '-' || lpad(r.id::text, 6, '0')), r.item, coalesce(r.received_at, now()),
                 r.unit_cost, r.disposition::enum_lots_disposition, r.expires_at, ${source}, now(), now()
          from r join items i on i.id = r.item
          returning id
        )
        select r.line, r.id from r where r.id in (select id from inserted)`,
  )
  return new Map(rows.map((r) => [r.line, r.id]))
}

/** Locks the balances of the posting's (item, location) pairs that hold stock or are named, in one fixed order. */
export async function lockBalances(
  db: Db,
  pairs: { item: number; location: number }[],
  namedLots: number[],
) {
  if (pairs.length === 0) return []
  return query<{
    item_id: number
    location_id: number
    lot_id: number
    on_hand: string
    reserved: string
  }>(
    db,
    sql`select b.item_id, b.location_id, b.lot_id, b.on_hand::text as on_hand, b.reserved::text as reserved
        from stock_balances b
        where (b.item_id, b.location_id) in (
          select p.item, p.location from jsonb_to_recordset(${json(pairs)}) as p(item int, location int))
          and (b.on_hand <> 0 or b.reserved <> 0 or b.lot_id = any(${intArray(namedLots)}))
        order by b.item_id, b.location_id, b.lot_id
        for no key update of b`,
  )
}

export async function insertMovements(
  db: Db,
  movements: (PlannedMovement & { key: string; sourceLine: string | null })[],
  meta: {
    hash: string
    key: string
    postedBy: null | number
    source: { collection: string; id: string } | null
  },
): Promise<MovementRow[]> {
  return query<MovementRow>(
    db,
    sql`insert into stock_movements (item_id, lot_id, quantity, from_id, to_id, unit_cost, reason, source_collection,
          source_id, source_line, posting_key, posting_hash, idempotency_key, reverses_id, posted_at, posted_by_id,
          updated_at, created_at)
        select m.item, m.lot, m.quantity, m.from_id, m.to_id, m.unit_cost, m.reason::enum_stock_movements_reason,
          ${meta.source?.collection ?? null}, ${meta.source?.id ?? null}, m.source_line, ${meta.key}, ${meta.hash}, m.key,
          m.reverses, now(), ${meta.postedBy}, now(), now()
        from jsonb_to_recordset(${json(
          movements.map((m, n) => ({
            from_id: m.from,
            item: m.item,
            key: m.key,
            lot: m.lot,
            n,
            quantity: toSql(m.quantity),
            reason: m.reason,
            reverses: m.reverses,
            source_line: m.sourceLine,
            to_id: m.to,
            unit_cost: toSql(m.unitCost),
          })),
        )}) as m(item int, lot int, quantity numeric, from_id int, to_id int, unit_cost numeric,
          reason text, source_line text, key text, reverses int, n bigint)
        order by m.n
        returning id, item_id, lot_id, quantity::text as quantity, from_id, to_id, unit_cost::text as unit_cost,
          reason::text as reason, source_line, idempotency_key, posting_hash`,
  )
}

/**
 * Applies the deltas to balances in one statement (rows are created on first use) and keeps each
 * item's on-hand and available over physical locations, in the same transaction.
 */
export async function applyDeltas(
  db: Db,
  deltas: BalanceDelta[],
  physical: (location: number) => boolean,
) {
  await query(
    db,
    sql`insert into stock_balances (item_id, location_id, lot_id, on_hand, reserved, available, updated_at, created_at)
        select d.item, d.location, d.lot, d.on_hand, d.reserved, d.on_hand - d.reserved, now(), now()
        from jsonb_to_recordset(${json(
          deltas.map((d) => ({
            item: d.item,
            location: d.location,
            lot: d.lot,
            on_hand: toSql(d.onHand),
            reserved: toSql(d.reserved),
          })),
        )}) as d(item int, location int, lot int, on_hand numeric, reserved numeric)
        order by d.item, d.location, d.lot
        on conflict (item_id, location_id, lot_id) do update set
          on_hand = stock_balances.on_hand + excluded.on_hand,
          reserved = stock_balances.reserved + excluded.reserved,
          available = stock_balances.available + excluded.on_hand - excluded.reserved,
          updated_at = now()`,
  )
  const perItem = deltas.filter((d) => physical(d.location))
  if (perItem.length === 0) return
  await query(
    db,
    sql`update items i set
          on_hand = coalesce(i.on_hand, 0) + t.on_hand,
          available = coalesce(i.available, 0) + t.on_hand - t.reserved
        from (
          select d.item, sum(d.on_hand) as on_hand, sum(d.reserved) as reserved
          from jsonb_to_recordset(${json(
            perItem.map((d) => ({
              item: d.item,
              on_hand: toSql(d.onHand),
              reserved: toSql(d.reserved),
            })),
          )}) as d(item int, on_hand numeric, reserved numeric)
          group by d.item
        ) t
        where i.id = t.item`,
  )
}
