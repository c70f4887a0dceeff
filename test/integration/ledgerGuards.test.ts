import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import * as movementsGuardMigration from '../../demo/migrations/20261207_031300_status_posting_movements_guard'
import { inventoryFixtures, onHandOf } from '../support/inventoryFixtures'
import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/** The error a statement fails with (its SQLSTATE and message), or null when it succeeds. */
async function failureOf(run: () => Promise<unknown>) {
  try {
    await run()
    return null
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause ?? error
    return cause as { code?: string; message?: string; status?: number }
  }
}

describe('the database keeps the ledger append-only', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof inventoryFixtures>>
  let movement: { id: number; quantity: string }
  const sql = (text: string) => (payload.db as any).drizzle.execute(text)

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  beforeEach(async () => {
    f = await inventoryFixtures(payload)
    const { body, status } = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `guards-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: f.item,
            newLot: { unitCost: 2 },
            quantity: 30,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    movement = body.movements[0]
  })

  it('refuses to change a movement through the Local API with a 403, and nothing changes', async () => {
    const error = await failureOf(() =>
      payload.update({ collection: 'stock-movements', data: { quantity: 999 }, id: movement.id }),
    )
    expect(error?.status).toBe(403)
    expect(error?.message).toMatch(/Stock movements are append-only/)
    const stored = await payload.findByID({ collection: 'stock-movements', id: movement.id })
    expect(stored.quantity).toBe(30)
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(30)
  })

  it('refuses to delete or create a movement through the Local API', async () => {
    const deleted = await failureOf(() =>
      payload.delete({ collection: 'stock-movements', id: movement.id }),
    )
    expect(deleted?.status).toBe(403)
    expect(deleted?.message).toMatch(/cannot be deleted/)
    expect(
      (
        await payload.count({
          collection: 'stock-movements',
          where: { id: { equals: movement.id } },
        })
      ).totalDocs,
    ).toBe(1)
    const created = await failureOf(() =>
      payload.create({
        collection: 'stock-movements',
        data: {
          from: f.virtual.supplier,
          idempotencyKey: `forged-${f.tag}`,
          item: f.item,
          lot: (movement as any).lot,
          postedAt: new Date().toISOString(),
          postingHash: 'x',
          postingKey: `forged-${f.tag}`,
          quantity: 5,
          reason: 'receipt',
          to: f.warehouse,
        },
      }),
    )
    expect(created?.status).toBe(403)
  })

  it('refuses UPDATE and DELETE of a movement in raw SQL with SQLSTATE 23001', async () => {
    for (const statement of [
      `update stock_movements set quantity = 999 where id = ${movement.id}`,
      `delete from stock_movements where id = ${movement.id}`,
    ]) {
      const error = await failureOf(() => sql(statement))
      expect(error?.code, statement).toBe('23001')
      expect(error?.message).toMatch(/append-only/)
    }
    const { rows } = await sql(
      `select quantity::text as q from stock_movements where id = ${movement.id}`,
    )
    expect(rows).toEqual([{ q: '30' }])
  })

  it("answers API callers a refused write with a 403 and the guard's message, not a 500", async () => {
    let refused: unknown
    try {
      await sql(`delete from stock_movements where id = ${movement.id}`)
    } catch (error) {
      refused = error
    }
    expect(refused).toBeDefined()
    const hooks = payload.config.hooks.afterError ?? []
    const answer = async (args: Record<string, unknown>) => {
      let result: any
      for (const hook of hooks)
        result = (await hook({ context: {}, error: refused, ...args } as any)) ?? result
      return result
    }
    expect(await answer({ result: { errors: [{ message: 'Something went wrong.' }] } })).toEqual({
      response: {
        errors: [
          {
            name: 'APIError',
            data: { code: 'refused' },
            message: `Stock movement ${movement.id} cannot be deleted: the ledger is append-only; post a reversing movement instead.`,
          },
        ],
      },
      status: 403,
    })
    const graphql = await answer({
      graphqlResult: { extensions: { statusCode: 500 }, message: 'Something went wrong.' },
    })
    expect(graphql.graphqlResult).toMatchObject({
      extensions: { data: { code: 'refused' }, statusCode: 403 },
      message: expect.stringMatching(/append-only/),
    })
  })

  it('has CHECK constraints: quantity > 0, from <> to, unit cost >= 0', async () => {
    const insert = (quantity: string, to: number, unitCost: string, reason = 'receipt') =>
      sql(`insert into stock_movements (item_id, lot_id, quantity, from_id, to_id, unit_cost, reason,
             posting_key, posting_hash, idempotency_key, posted_at, updated_at, created_at)
           values (${f.item}, ${(movement as any).lot}, ${quantity}, ${f.virtual.supplier}, ${to},
             ${unitCost}, '${reason}', 'forged', 'x', 'forged-${f.tag}-${Math.random()}', now(), now(), now())`)
    const cases: [string, () => Promise<unknown>][] = [
      ['stock_movements_quantity_positive', () => insert('0', f.warehouse, '1')],
      ['stock_movements_quantity_positive', () => insert('-1', f.warehouse, '1')],
      ['stock_movements_two_sides', () => insert('1', f.virtual.supplier, '1')],
      ['stock_movements_unit_cost_not_negative', () => insert('1', f.warehouse, '-0.01')],
    ]
    for (const [constraint, run] of cases) {
      const error = await failureOf(run)
      expect(error?.code, constraint).toBe('23514')
      expect(error?.message).toContain(constraint)
    }
  })
})

describe('the database keeps status postings immutable', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  const sql = (text: string) => (payload.db as any).drizzle.execute(text)

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /** An execution moved to Assembly (its plastics consumed) and its status postings. */
  async function consumedExecution() {
    const f = await toyFixtures(payload)
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 2,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    const id = body.doc.id as number
    const moved = await api.rest('PATCH', `/executions/${id}`, {
      body: { status: s.Assembly },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const { rows } = await sql(
      `select id, line, posting_key, document_collection, document_id from status_postings
       where document_collection = 'executions' and document_id = ${id} order by id`,
    )
    expect(rows.length).toBeGreaterThan(0)
    return { f, id, postings: rows as any[] }
  }

  it('keeps the movements of a posting as foreign keys in status_postings_rels', async () => {
    const { postings } = await consumedExecution()
    const { rows } = await sql(
      `select r.stock_movements_id as movement, m.reason::text as reason
       from status_postings_rels r join stock_movements m on m.id = r.stock_movements_id
       where r.parent_id = ${postings[0].id} and r.path = 'movements'`,
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r: any) => r.reason === 'consume')).toBe(true)
    const { rows: keys } = await sql(
      `select confrelid::regclass::text as target from pg_constraint
       where conrelid = 'status_postings_rels'::regclass and contype = 'f'`,
    )
    expect(keys.map((k: any) => k.target).sort()).toEqual(['status_postings', 'stock_movements'])
  })

  it('lets only the due status be re-pointed, and refuses every other change', async () => {
    const { postings } = await consumedExecution()
    const posting = postings[0]
    await sql(`update status_postings set due_status_id = ${s.Plan} where id = ${posting.id}`)
    for (const statement of [
      `update status_postings set quantity = 999 where id = ${posting.id}`,
      `update status_postings set line = 'other' where id = ${posting.id}`,
    ]) {
      const error = await failureOf(() => sql(statement))
      expect(error?.code, statement).toBe('23001')
      expect(error?.message).toMatch(/only the status it fell due at may be re-pointed/)
    }
    const local = await failureOf(() =>
      payload.update({ collection: 'status-postings', data: { quantity: 1 }, id: posting.id }),
    )
    expect(local?.status).toBe(403)
  })

  it('deletes a posting only once its movements are reversed, which deleting the document does', async () => {
    const { id, postings } = await consumedExecution()
    const error = await failureOf(() =>
      sql(`delete from status_postings where id = ${postings[0].id}`),
    )
    expect(error?.code).toBe('23001')
    expect(error?.message).toMatch(/reverse its movements first/)

    // Moving back reverses the movements, then deletes the postings: the trigger lets it through.
    const back = await api.rest('PATCH', `/executions/${id}`, {
      body: { status: s.Plan },
      token: admin,
    })
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    const { rows } =
      await sql(`select count(*)::int as n from status_postings where document_id = ${id}
      and document_collection = 'executions'`)
    expect(rows[0].n).toBe(0)
    // Their movement links went with them, through the foreign key's cascade.
    const ids = postings.map((p) => p.id).join(',')
    const { rows: links } = await sql(
      `select count(*)::int as n from status_postings_rels where parent_id in (${ids})`,
    )
    expect(links[0].n).toBe(0)
  })

  it('refuses changing or deleting the movements of a posting (status_postings_rels) apart from it', async () => {
    const { postings } = await consumedExecution()
    const links = () =>
      sql(`select id, parent_id, path, stock_movements_id, "order" from status_postings_rels
           where parent_id in (${postings.map((p) => p.id).join(',')}) order by id`)
    const before = (await links()).rows
    expect(before.length).toBeGreaterThan(0)
    const link = before[0]
    const { rows: others } = await sql(
      `select id from stock_movements where id <> ${link.stock_movements_id} order by id limit 1`,
    )
    for (const statement of [
      `update status_postings_rels set stock_movements_id = ${others[0].id} where id = ${link.id}`,
      `update status_postings_rels set stock_movements_id = null where id = ${link.id}`,
      `update status_postings_rels set "order" = "order" + 1 where parent_id = ${link.parent_id}`,
    ]) {
      const error = await failureOf(() => sql(statement))
      expect(error?.code, statement).toBe('23001')
      expect(error?.message).toBe(
        `The movements of status posting ${link.parent_id} cannot be changed.`,
      )
    }
    for (const statement of [
      `delete from status_postings_rels where id = ${link.id}`,
      `delete from status_postings_rels where parent_id = ${link.parent_id}`,
    ]) {
      const error = await failureOf(() => sql(statement))
      expect(error?.code, statement).toBe('23001')
      expect(error?.message).toMatch(/cannot be deleted: delete the posting instead/)
    }
    expect((await links()).rows).toEqual(before)
  })

  it('has the guard of status_postings_rels installed by its migration, and dropped by its down', async () => {
    const installed = async () =>
      (
        await sql(`select count(*)::int as n from pg_trigger
          where tgname = 'status_postings_rels_immutable'
            and tgrelid = 'status_postings_rels'::regclass and not tgisinternal`)
      ).rows[0].n
    const { rows: applied } = await sql(
      `select count(*)::int as n from payload_migrations
       where name = '20261207_031300_status_posting_movements_guard'`,
    )
    expect(applied[0].n).toBe(1)
    expect(await installed()).toBe(1)
    const args = { db: (payload.db as any).drizzle, payload, req: {} } as any
    try {
      await movementsGuardMigration.down(args)
      expect(await installed()).toBe(0)
    } finally {
      await movementsGuardMigration.up(args)
    }
    expect(await installed()).toBe(1)
    const { postings } = await consumedExecution()
    const error = await failureOf(() =>
      sql(`delete from status_postings_rels where parent_id = ${postings[0].id}`),
    )
    expect(error?.code).toBe('23001')
  })

  it('refuses recording one line of one posting twice (unique index)', async () => {
    const { postings } = await consumedExecution()
    const p = postings[0]
    const error = await failureOf(() =>
      sql(`insert into status_postings (document_collection, document_id, line, action, item_id, quantity,
             due_status_id, posting_key, updated_at, created_at)
           select document_collection, document_id, line, action, item_id, quantity, due_status_id,
             posting_key, now(), now() from status_postings where id = ${p.id}`),
    )
    expect(error?.code).toBe('23505')
  })
})
