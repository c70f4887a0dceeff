import { guardViolation } from '../platform/databaseRefusal'
import { query, sql, type Db } from '../platform/transactionDb'

/**
 * The database-level guards of the ledger, by name. A migration installs them, and so does every
 * start (see ensureLedgerGuards), because a pushed development schema runs no migration and a
 * host app generates migrations of its own. The CHECKs are also declared in the drizzle schema
 * (declareLedgerChecks), so a push keeps them; the triggers are unknown to it and left alone.
 */
export const ledgerTriggers = [
  'stock_movements_append_only',
  'status_postings_immutable',
  'status_postings_rels_immutable',
] as const

export type LedgerTrigger = (typeof ledgerTriggers)[number]

// Each check is written as PostgreSQL prints it back, so a schema push that declares them (see
// declareLedgerChecks) finds them equal and leaves them alone.
export const ledgerChecks = {
  stock_movements_quantity_positive: {
    table: 'stock_movements',
    check: 'quantity > (0)::numeric',
  },
  // Double entry: stock always goes somewhere else; a reservation is the one movement that stays.
  stock_movements_two_sides: {
    table: 'stock_movements',
    check: `(from_id <> to_id) OR (reason = ANY (ARRAY['reserve'::enum_stock_movements_reason, 'release'::enum_stock_movements_reason]))`,
  },
  stock_movements_unit_cost_not_negative: {
    table: 'stock_movements',
    check: '(unit_cost IS NULL) OR (unit_cost >= (0)::numeric)',
  },
} as const

const functions = sql.raw(`
create or replace function manufacturing_stock_movements_append_only() returns trigger
language plpgsql as $fn$
begin
  -- Deleting a user keeps what they posted: the foreign key's own set-null is the one change let through.
  if tg_op = 'UPDATE' and old.posted_by_id is not null and new.posted_by_id is null
     and (to_jsonb(new) - 'posted_by_id') = (to_jsonb(old) - 'posted_by_id') then
    return new;
  end if;
  raise exception 'Stock movement % cannot be %: the ledger is append-only; post a reversing movement instead.',
    old.id, case tg_op when 'UPDATE' then 'changed' else 'deleted' end
    using errcode = '${guardViolation}', table = 'stock_movements';
end
$fn$;

create or replace function manufacturing_status_postings_immutable() returns trigger
language plpgsql as $fn$
begin
  if tg_op = 'UPDATE' then
    -- Deleting a production status re-points the lines due at it to its replacement.
    if (to_jsonb(new) - 'due_status_id' - 'updated_at') = (to_jsonb(old) - 'due_status_id' - 'updated_at') then
      return new;
    end if;
    raise exception 'Status posting % cannot be changed: only the status it fell due at may be re-pointed.', old.id
      using errcode = '${guardViolation}', table = 'status_postings';
  end if;
  if exists (
    select 1 from status_postings_rels r
    where r.parent_id = old.id and r.path = 'movements' and r.stock_movements_id is not null
      and not exists (select 1 from stock_movements m where m.reverses_id = r.stock_movements_id)
  ) then
    raise exception 'Status posting % cannot be deleted: reverse its movements first.', old.id
      using errcode = '${guardViolation}', table = 'status_postings';
  end if;
  return old;
end
$fn$;

-- A posting's movements are its rows in status_postings_rels: they go only with the posting.
create or replace function manufacturing_status_postings_rels_immutable() returns trigger
language plpgsql as $fn$
begin
  if tg_op = 'UPDATE' then
    raise exception 'The movements of status posting % cannot be changed.', old.parent_id
      using errcode = '${guardViolation}', table = 'status_postings_rels';
  end if;
  -- Deleting the posting (which its own trigger allows once its movements are reversed) deletes
  -- these rows through the foreign key's cascade, after the posting's row is gone.
  if exists (select 1 from status_postings p where p.id = old.parent_id) then
    raise exception 'The movements of status posting % cannot be deleted: delete the posting instead.', old.parent_id
      using errcode = '${guardViolation}', table = 'status_postings_rels';
  end if;
  return old;
end
$fn$;
`)

/** Each trigger guards updates and deletes of one table, with the function of its own name. */
const tableOf = {
  status_postings_immutable: 'status_postings',
  status_postings_rels_immutable: 'status_postings_rels',
  stock_movements_append_only: 'stock_movements',
} satisfies Record<LedgerTrigger, string>

const createTrigger = (name: LedgerTrigger) =>
  sql.raw(`create trigger ${name} before update or delete on ${tableOf[name]}
    for each row execute function manufacturing_${name}()`)

/** The guards that are missing: none on a database that has them all (one catalog query). */
export async function missingLedgerGuards(db: Db): Promise<string[]> {
  const names = [...ledgerTriggers, ...Object.keys(ledgerChecks)]
  const present = await query<{ name: string }>(
    db,
    sql`select tgname::text as name from pg_trigger
        where not tgisinternal and tgname::text = any(${`{${names.join(',')}}`}::text[])
        union
        select conname::text from pg_constraint
        where contype = 'c' and conname::text = any(${`{${names.join(',')}}`}::text[])`,
  )
  const found = new Set(present.map((row) => row.name))
  return names.filter((name) => !found.has(name))
}

/**
 * Installs what is missing. Run inside one transaction holding the advisory lock below, so two
 * app servers starting together do not both add a constraint.
 */
export async function installLedgerGuards(db: Db): Promise<string[]> {
  await query(
    db,
    sql`select pg_advisory_xact_lock(hashtext('payload-plugin-manufacturing/ledger-guards'))`,
  )
  const missing = await missingLedgerGuards(db)
  if (missing.length === 0) return []
  await query(db, functions)
  for (const name of missing) {
    if (name in tableOf) {
      const key = name as LedgerTrigger
      await query(db, sql.raw(`drop trigger if exists ${key} on ${tableOf[key]}`))
      await query(db, createTrigger(key))
    } else {
      const { check, table } = ledgerChecks[name as keyof typeof ledgerChecks]
      await query(db, sql.raw(`alter table ${table} add constraint ${name} check (${check})`))
    }
  }
  return missing
}

/**
 * Removes every guard, or only the triggers named (a migration's down: the one that added a
 * trigger drops that one).
 */
export async function dropLedgerGuards(db: Db, only?: readonly LedgerTrigger[]): Promise<void> {
  for (const name of only ?? ledgerTriggers) {
    await query(db, sql.raw(`drop trigger if exists ${name} on ${tableOf[name]}`))
    await query(db, sql.raw(`drop function if exists manufacturing_${name}()`))
  }
  if (only) return
  for (const [name, { table }] of Object.entries(ledgerChecks))
    await query(db, sql.raw(`alter table ${table} drop constraint if exists ${name}`))
}
