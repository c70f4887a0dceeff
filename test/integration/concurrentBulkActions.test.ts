import { beforeAll, describe, expect, it } from 'vitest'

import { concurrencyMessage } from '../../src/platform/concurrencyConflict'
import { attempts } from '../../src/platform/withRetry'
import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * Bulk actions over the same executions, sent at once in opposite orders, must not deadlock:
 * documents are locked up front in id order, then items, then balances. A conflict that still
 * happens is retried or answered 409, never 500.
 */
describe('concurrent bulk actions over the same executions', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  const createIn = async (f: Awaited<ReturnType<typeof toyFixtures>>) => {
    const { body, status } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 1,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
        status: s.Plan,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc.id as number
  }
  const changeStatus = (ids: number[], status: number) =>
    api.rest('POST', '/manufacturing/changeExecutionsStatus', {
      body: { ids, status },
      token: admin,
    })

  it('moves the same executions in opposite orders at once: every answer 200, stock consistent', async () => {
    const f = await toyFixtures(payload)
    const ids = [await createIn(f), await createIn(f), await createIn(f)]
    const reversed = [...ids].reverse()
    for (let round = 0; round < 10; round++) {
      const target = round % 2 === 0 ? s.Painting : s.Plan
      const results = await Promise.all([changeStatus(ids, target), changeStatus(reversed, target)])
      for (const result of results)
        expect([result.status, JSON.stringify(result.body)]).toEqual([200, expect.any(String)])
      const { docs } = await payload.find({
        collection: 'executions',
        depth: 0,
        where: { id: { in: ids } },
      })
      expect(docs.map((d) => d.status)).toEqual([target, target, target])
      const at = target === s.Painting ? 3 : 0
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(100 - 2 * at)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(50 - at)
    }
  })

  it('moves and re-dates the same executions at once in opposite orders without a 500', async () => {
    const f = await toyFixtures(payload)
    const ids = [await createIn(f), await createIn(f)]
    for (let round = 0; round < 10; round++) {
      const target = round % 2 === 0 ? s.Painting : s.Plan
      const results = await Promise.all([
        changeStatus(ids, target),
        api.rest('POST', '/manufacturing/updateExecutions', {
          body: {
            updates: [...ids]
              .reverse()
              .map((id) => ({ id, productionDate: `2026-11-${10 + round}` })),
          },
          token: admin,
        }),
        api.rest('POST', '/manufacturing/moveExecutionsDate', {
          body: { date: `2026-12-${10 + round}`, ids: [...ids].reverse() },
          token: admin,
        }),
      ])
      for (const result of results)
        expect([result.status, JSON.stringify(result.body)]).toEqual([200, expect.any(String)])
      const at = target === s.Painting ? 2 : 0
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(100 - 2 * at)
    }
  })

  /**
   * Makes `request` lose a deadlock: another transaction holds the plastic item; the request
   * locks the execution and waits for the item; the other transaction then asks for the
   * execution, closing the cycle. It waits longer before looking for cycles, so Postgres aborts
   * the request. Returns the request's answer once the other transaction has rolled back.
   */
  const loseDeadlock = async (
    f: Awaited<ReturnType<typeof toyFixtures>>,
    execution: number,
    request: () => Promise<{ body: any; status: number }>,
  ) => {
    const pool = (payload.db as any).pool
    const other = await pool.connect()
    try {
      await other.query(`set deadlock_timeout = '20s'`)
      await other.query('begin')
      await other.query(`select id from items where id = $1 for no key update`, [f.plastic])
      const answer = request()
      for (let i = 0; i < 200; i++) {
        // Asked outside the other transaction: inside one, pg_stat_activity is a snapshot.
        const { rows } = await pool.query(
          `select count(*)::int as n from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock'`,
        )
        if (rows[0].n > 0) break
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      await other.query(`select id from executions where id = $1 for no key update`, [execution])
      await other.query('rollback')
      return await answer
    } finally {
      other.release()
    }
  }

  /**
   * Makes `request` lose a deadlock on every attempt, as loseDeadlock does once: the other
   * transaction keeps the plastic item for the whole time and takes the execution in a savepoint
   * it rolls back after each deadlock, ready for the next attempt. Returns the request's answer
   * and how many deadlocks it lost.
   */
  const loseEveryDeadlock = async (
    f: Awaited<ReturnType<typeof toyFixtures>>,
    execution: number,
    request: () => Promise<{ body: any; status: number }>,
  ) => {
    const pool = (payload.db as any).pool
    const other = await pool.connect()
    let deadlocks = 0
    try {
      await other.query(`set deadlock_timeout = '20s'`)
      await other.query('begin')
      await other.query(`select id from items where id = $1 for no key update`, [f.plastic])
      const { rows: self } = await other.query('select pg_backend_pid() as pid')
      let settled = false
      const answer = request().finally(() => {
        settled = true
      })
      while (!settled) {
        const { rows } = await pool.query(
          `select count(*)::int as n from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock' and pid <> $1`,
          [self[0].pid],
        )
        if (rows[0].n === 0) {
          await new Promise((resolve) => setTimeout(resolve, 10))
          continue
        }
        await other.query('savepoint take_execution')
        await other.query(`select id from executions where id = $1 for no key update`, [execution])
        await other.query('rollback to savepoint take_execution')
        deadlocks++
      }
      await other.query('rollback')
      return { ...(await answer), deadlocks }
    } finally {
      other.release()
    }
  }

  it('answers 409 with the plain message when an action loses a deadlock on every attempt, over REST and GraphQL', async () => {
    const f = await toyFixtures(payload)
    const id = await createIn(f)
    const rest = await loseEveryDeadlock(f, id, () => changeStatus([id], s.Painting))
    expect([rest.status, rest.body]).toEqual([
      409,
      { errors: [{ name: 'APIError', data: { code: 'conflict' }, message: concurrencyMessage }] },
    ])
    expect(rest.deadlocks).toBe(attempts)
    const graphql = await loseEveryDeadlock(f, id, () =>
      api.graphql(
        `mutation ($ids: JSON!, $status: Int!) { changeExecutionsStatus(ids: $ids, status: $status) }`,
        { ids: [id], status: s.Painting },
        admin,
      ),
    )
    expect(graphql.deadlocks).toBe(attempts)
    expect(graphql.body.data?.changeExecutionsStatus ?? null).toBeNull()
    expect(graphql.body.errors?.map((e: any) => [e.message, e.extensions?.statusCode])).toEqual([
      [concurrencyMessage, 409],
    ])
    // Nothing of any attempt was kept.
    const stored = await payload.findByID({ collection: 'executions', depth: 0, id })
    expect(stored.status).toBe(s.Plan)
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(100)
    expect(await onHandAt(payload, f.paint, f.floor)).toBe(50)
  })

  it('runs an action again whole when it loses a deadlock, and it succeeds', async () => {
    const f = await toyFixtures(payload)
    const id = await createIn(f)
    const answer = await loseDeadlock(f, id, () => changeStatus([id], s.Painting))
    expect([answer.status, JSON.stringify(answer.body)]).toEqual([200, expect.any(String)])
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(98)
    expect(await onHandAt(payload, f.paint, f.floor)).toBe(49)
  })

  it('answers 409, not 500, when a plain update loses a deadlock, over REST and GraphQL', async () => {
    const f = await toyFixtures(payload)
    const id = await createIn(f)
    const rest = await loseDeadlock(f, id, () =>
      api.rest('PATCH', `/executions/${id}`, { body: { status: s.Painting }, token: admin }),
    )
    expect([rest.status, rest.body.errors?.[0]?.message]).toEqual([
      409,
      expect.stringMatching(/changed by another request at the same time; try again/),
    ])
    const graphql = await loseDeadlock(f, id, () =>
      api.graphql(
        `mutation ($id: Int!, $status: Int!) { updateExecution(id: $id, data: { status: $status }) { id } }`,
        { id, status: s.Painting },
        admin,
      ),
    )
    expect([graphql.body.errors?.[0]?.message, graphql.body.errors?.[0]?.extensions]).toEqual([
      expect.stringMatching(/changed by another request at the same time; try again/),
      expect.objectContaining({ statusCode: 409 }),
    ])
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(100)
  })
})
