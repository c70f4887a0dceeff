import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'
import { idleInTransaction, withinSeconds } from '../support/loadChecks'
import { type SecondProcess, startSecondProcess, until } from '../support/secondProcess'

/**
 * Many people moving executions at once, through the real REST handlers of one app whose pool
 * holds ten connections: more concurrent requests than connections must queue and finish, never
 * hold every connection while waiting for another.
 */
describe('concurrent status changes on one app', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  let second: SecondProcess | undefined

  afterAll(() => second?.stop())
  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  /** `count` toy executions of one each on a fresh floor whose plastic covers `covered` of them. */
  async function executions(count: number, covered: number) {
    // A toy takes 2 plastic (Plastics: deducted at Assembly) and 1 paint (at Painting).
    const f = await toyFixtures(payload, { paint: count, plastic: covered * 2 })
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      const { body, status } = await api.rest('POST', '/executions', {
        body: {
          plannedQuantity: 1,
          product: f.toy,
          productionDate: '2026-12-04',
          productionFloor: f.floor,
        },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(201)
      ids.push(body.doc.id)
    }
    return { f, ids }
  }

  const moveAll = (ids: number[], status: number) =>
    Promise.all(
      ids.map((id) =>
        api.rest('PATCH', `/executions/${id}?depth=0`, { body: { status }, token: admin }),
      ),
    )

  it('answers 12 concurrent moves to a deducting status, each 200', async () => {
    const { f, ids } = await executions(12, 12)
    const answers = await withinSeconds(60, moveAll(ids, s.Assembly))
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 200))
    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(0)
    expect(await idleInTransaction(payload)).toBe(0)
  })

  /**
   * 40 answers of moving 40 one-toy executions to Assembly over plastic for 25: exactly 25 moved
   * and consumed their plastic, 15 refused naming it and untouched, nothing negative or left open.
   */
  async function expectSplit(
    f: Awaited<ReturnType<typeof toyFixtures>>,
    ids: number[],
    answers: { body: any; status: number }[],
  ) {
    const passed = answers.filter((a) => a.status === 200)
    const refused = answers.filter((a) => a.status !== 200)
    expect(passed).toHaveLength(25)
    expect(refused.map((a) => a.status)).toEqual(refused.map(() => 409))
    for (const answer of refused) expect(answer.body.errors[0].message).toContain('PLASTIC-')

    expect(await onHandAt(payload, f.plastic, f.floor)).toBe(0)
    const { docs: consumed } = await payload.find({
      collection: 'stock-movements',
      pagination: false,
      where: { item: { equals: f.plastic }, reason: { equals: 'consume' } },
    })
    expect(consumed.reduce((sum, m) => sum + m.quantity, 0)).toBe(50)
    const { docs: negative } = await payload.find({
      collection: 'stock-balances',
      where: {
        item: { equals: f.plastic },
        location: { equals: f.floor },
        onHand: { less_than: 0 },
      },
    })
    expect(negative).toHaveLength(0)
    // No half-posted execution: each is at Assembly with its plastic consumed, or still at Plan
    // with nothing consumed.
    const { docs } = await payload.find({
      collection: 'executions',
      depth: 0,
      pagination: false,
      where: { id: { in: ids } },
    })
    const consumedBy = new Map<string, number>()
    for (const m of consumed) consumedBy.set(String(m.sourceId), m.quantity)
    for (const execution of docs) {
      const moved = execution.status === s.Assembly
      expect(consumedBy.get(String(execution.id)) ?? 0).toBe(moved ? 2 : 0)
    }
    expect(docs.filter((e) => e.status === s.Assembly)).toHaveLength(25)
    expect(await idleInTransaction(payload)).toBe(0)
  }

  it('splits 40 concurrent moves over stock that covers 25: 25 pass, 15 get 409 naming the item', async () => {
    const { f, ids } = await executions(40, 25)
    await expectSplit(f, ids, await withinSeconds(120, moveAll(ids, s.Assembly)))
  })

  it('splits the same 40 moves sent by two app processes on one database', async () => {
    const { f, ids } = await executions(40, 25)
    second = await startSecondProcess(admin)
    const at = Date.now() + 300
    const there = second.send(
      at,
      ids.slice(20).map((id) => ({
        body: { status: s.Assembly },
        method: 'PATCH' as const,
        path: `/executions/${id}?depth=0`,
      })),
    )
    await until(at)
    const here = await withinSeconds(120, moveAll(ids.slice(0, 20), s.Assembly))
    const other = await withinSeconds(120, there)
    expect(other.startedAt).toBeLessThan(Date.now())
    await expectSplit(f, ids, [...here, ...other.answers])
  })
})
