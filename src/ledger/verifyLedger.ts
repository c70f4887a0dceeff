import {
  describeDifference,
  type LedgerDifference,
  ledgerDifferences,
  type MovementTotal,
  type StoredBalance,
  type StoredItem,
} from './rules/ledgerDifferences'
import { intArray, query, sql, type Db } from '../platform/transactionDb'

export type LedgerVerification = {
  /** Every difference, each with a sentence naming the item, location and lot. */
  differences: (LedgerDifference & { message: string })[]
  /** How much was compared. */
  checked: { balances: number; items: number; movements: number }
  ok: boolean
}

type Snapshot = {
  balances: StoredBalance[] | null
  items: StoredItem[] | null
  movementCount: number
  movements: MovementTotal[] | null
  physical: number[] | null
}

/**
 * Recomputes every balance from the movements and compares (see ledgerDifferences). One statement
 * reads movements, balances and items, so they come from one snapshot even while postings run.
 * Numbers travel as text: a JSON number would lose precision.
 */
export async function verifyLedger(db: Db): Promise<LedgerVerification> {
  const [snapshot] = await query<Snapshot>(
    db,
    sql`with moved as (
          select item_id, to_id as location_id, lot_id, quantity as on_hand, 0::numeric as reserved
          from stock_movements where reason not in ('reserve', 'release')
          union all
          select item_id, from_id, lot_id, -quantity, 0 from stock_movements
          where reason not in ('reserve', 'release')
          union all
          -- A reservation stays at its location: reserve adds to reserved, release takes it back.
          select item_id, from_id, lot_id, 0,
            case when reason = 'reserve' then quantity else -quantity end
          from stock_movements where reason in ('reserve', 'release')
        ), totals as (
          select item_id, location_id, lot_id, sum(on_hand) as on_hand, sum(reserved) as reserved
          from moved group by item_id, location_id, lot_id
        )
        select
          (select count(*)::int from stock_movements) as "movementCount",
          (select json_agg(json_build_object('item', item_id, 'location', location_id, 'lot', lot_id,
             'onHand', on_hand::text, 'reserved', reserved::text)) from totals) as movements,
          (select json_agg(json_build_object('item', item_id, 'location', location_id, 'lot', lot_id,
             'onHand', on_hand::text, 'reserved', reserved::text, 'available', available::text))
           from stock_balances) as balances,
          (select json_agg(json_build_object('id', id, 'onHand', on_hand::text,
             'available', available::text)) from items) as items,
          (select json_agg(id) from locations where kind <> 'virtual') as physical`,
  )
  const physical = new Set(snapshot?.physical ?? [])
  const balances = snapshot?.balances ?? []
  const items = snapshot?.items ?? []
  const differences = ledgerDifferences({
    balances,
    isPhysical: (location) => physical.has(location),
    items,
    movements: snapshot?.movements ?? [],
  })
  const names = await namesOf(db, differences)
  return {
    checked: {
      balances: balances.length,
      items: items.length,
      movements: snapshot?.movementCount ?? 0,
    },
    differences: differences.map((difference) => ({
      ...difference,
      message: describeDifference(difference, names),
    })),
    ok: differences.length === 0,
  }
}

/** SKUs, location names and lot codes of what the differences name. */
async function namesOf(db: Db, differences: LedgerDifference[]) {
  const ids = (pick: (d: LedgerDifference) => number | undefined) => [
    ...new Set(differences.map(pick).filter((id): id is number => id !== undefined)),
  ]
  const lookup = async (statement: ReturnType<typeof sql>) =>
    new Map((await query<{ id: number; name: string }>(db, statement)).map((r) => [r.id, r.name]))
  if (differences.length === 0) return { item: String, location: String, lot: String }
  const [item, location, lot] = [
    await lookup(
      sql`select id, sku as name from items where id = any(${intArray(ids((d) => d.item))})`,
    ),
    await lookup(
      sql`select id, name from locations where id = any(${intArray(ids((d) => ('location' in d ? d.location : undefined)))})`,
    ),
    await lookup(
      sql`select id, code as name from lots where id = any(${intArray(ids((d) => ('lot' in d ? d.lot : undefined)))})`,
    ),
  ]
  return {
    item: (id: number) => item.get(id) ?? `item ${id}`,
    location: (id: number) => location.get(id) ?? `location ${id}`,
    lot: (id: number) => lot.get(id) ?? `lot ${id}`,
  }
}
