import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { inventoryFixtures } from '../support/inventoryFixtures'
import { type SecondProcess, startSecondProcess, until } from '../support/secondProcess'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('the ledger with two app processes on one database', () => {
  let payload: SeededApp['payload']
  let api: SeededApp['api']
  let admin: string
  let second: SecondProcess | undefined

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  afterAll(() => second?.stop())

  it('serializes 50 consumptions of a balance of 30, 25 from each process: 30 pass, 20 get 409', async () => {
    const f = await inventoryFixtures(payload)
    const received = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `two-processes-receipt-${f.tag}`,
        lines: [
          {
            from: f.virtual.supplier,
            item: f.item,
            newLot: { unitCost: 1 },
            quantity: 30,
            reason: 'receipt',
            to: f.warehouse,
          },
        ],
      },
      token: admin,
    })
    expect(received.status).toBe(200)

    const line = {
      from: f.warehouse,
      item: f.item,
      quantity: 1,
      reason: 'consume',
      to: f.virtual.production,
    }
    second = await startSecondProcess(admin)

    // Both batches start at one agreed instant, so they hit the database together.
    const at = Date.now() + 300
    const fromSecond = second.send(
      at,
      Array.from({ length: 25 }, (_, i) => ({
        body: { key: `two-processes-${f.tag}-second-${i}`, lines: [line] },
        method: 'POST' as const,
        path: '/manufacturing/postStockMovements',
      })),
    )
    await until(at)
    const startedAt = Date.now()
    const fromHere = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        api.rest('POST', '/manufacturing/postStockMovements', {
          body: { key: `two-processes-${f.tag}-first-${i}`, lines: [line] },
          token: admin,
        }),
      ),
    )
    const endedAt = Date.now()
    const other = await fromSecond

    // The two batches really overlapped in time.
    expect(other.startedAt).toBeLessThan(endedAt)
    expect(startedAt).toBeLessThan(other.endedAt)

    const statuses = [...fromHere, ...other.answers].map((r) => r.status)
    expect(statuses).toHaveLength(50)
    expect(statuses.filter((s) => s === 200)).toHaveLength(30)
    expect(statuses.filter((s) => s === 409)).toHaveLength(20)
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([])
    for (const message of [
      ...[...fromHere, ...other.answers]
        .filter((r) => r.status === 409)
        .map((r) => r.body.errors[0].message),
    ]) {
      expect(message).toMatch(/not enough .* 0 available, 1 required/)
    }

    const db = (payload.db as any).drizzle
    const { rows: balances } = await db.execute(
      `select location_id, sum(on_hand)::text as on_hand from stock_balances
       where item_id = ${f.item} group by location_id`,
    )
    const onHand = new Map(balances.map((r: any) => [r.location_id, Number(r.on_hand)]))
    expect(onHand.get(f.warehouse)).toBe(0)
    expect(onHand.get(f.virtual.production)).toBe(30)
    const { rows: consumed } = await db.execute(
      `select count(*)::int as n from stock_movements where item_id = ${f.item} and reason = 'consume'`,
    )
    expect(consumed[0].n).toBe(30)
    const { rows: total } = await db.execute(
      `select sum(on_hand)::text as total from stock_balances where item_id = ${f.item}`,
    )
    expect(Number(total[0].total)).toBe(0)
  })
})
