import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * Random walks through the demo workflow on real Postgres: every move is previewed first and the
 * stock it then leaves must be exactly what the preview said; a walk back to the start leaves
 * stock as it was; and the stock at a status does not depend on the path taken to it.
 */
describe('status transitions on real stock (properties)', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let order: number[]

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    order = Object.values(await statusesByName(payload))
  })

  /** Three toys, already counted as produced so Completed can be reached from anywhere. */
  const createToyExecution = async (f: Awaited<ReturnType<typeof toyFixtures>>) => {
    const created = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 3,
        producedQuantity: 3,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(created.status).toBe(201)
    return created.body.doc.id as number
  }

  it('the preview equals what the move posts, and the stock at a status is path-independent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ max: 4, min: 0 }), { maxLength: 6, minLength: 1 }),
        async (walk) => {
          const f = await toyFixtures(payload)
          const stock = async () => ({
            [f.paint]: await onHandAt(payload, f.paint, f.floor),
            [f.plastic]: await onHandAt(payload, f.plastic, f.floor),
            [f.toy]: await onHandAt(payload, f.toy, f.floor),
          })
          const id = await createToyExecution(f)
          const start = await stock()
          // What each status leaves on hand when reached straight from the start.
          const expected = (status: number) => {
            const at = order.indexOf(status)
            const atOrAfter = (name: number) => at >= name
            return {
              [f.paint]: start[f.paint]! - (atOrAfter(2) ? 3 : 0),
              [f.plastic]: start[f.plastic]! - (atOrAfter(1) ? 6 : 0),
              [f.toy]: start[f.toy]! + (atOrAfter(4) ? 3 : 0),
            }
          }
          let at = order[0]!
          const terminal = order[order.length - 1]!
          for (const step of [...walk, 0]) {
            const to = order[step]!
            // Staying in the terminal status is refused (it is locked); staying anywhere is a no-op.
            if (to === at) continue
            // Completed production leaves the terminal status only by reopening, to the status
            // before it: what Completed added comes back out.
            if (at === terminal) {
              const reopened = await api.rest('POST', '/manufacturing/reopenExecution', {
                body: { id, reason: 'walking back' },
                token: admin,
              })
              expect(reopened.status, JSON.stringify(reopened.body)).toBe(200)
              at = order[order.length - 2]!
              expect(await stock()).toEqual(expected(at))
              if (to === at) continue
            }
            at = to
            const before = await stock()
            const preview = await api.rest('POST', '/manufacturing/previewTransition', {
              body: { id, status: to },
              token: admin,
            })
            expect(preview.body.allowed).toBe(true)
            const moved = await api.rest('PATCH', `/executions/${id}`, {
              body: { status: to },
              token: admin,
            })
            expect(moved.status, JSON.stringify(moved.body)).toBe(200)
            const after = await stock()
            const predicted = { ...before }
            for (const change of preview.body.changes)
              predicted[change.item.id] = before[change.item.id]! + Number(change.quantity)
            expect(after).toEqual(predicted)
            expect(after).toEqual(expected(to))
          }
          expect(await stock()).toEqual(start)
        },
      ),
      { numRuns: 6 },
    )
  })

  it('concurrent moves of one execution serialize: the stock matches the status it ends in', async () => {
    const f = await toyFixtures(payload)
    const id = await createToyExecution(f)
    const targets = [3, 1, 4, 2, 0, 4, 1, 3, 2, 4].map((index) => order[index]!)
    const results = await Promise.all(
      targets.map((status) =>
        api.rest('PATCH', `/executions/${id}`, { body: { status }, token: admin }),
      ),
    )
    // A move that finds the execution already Completed (moved there by a request that committed
    // first) is refused (locked, or only reopening takes it out); every other move succeeds.
    for (const result of results) {
      if (result.status !== 200) {
        expect(result.status).toBe(409)
        expect(result.body.errors[0].message).toMatch(
          /is Completed and (locked|cannot be moved back by a status change)/,
        )
      }
    }
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(0)
    const final = await payload.findByID({ collection: 'executions', depth: 0, id })
    const at = order.indexOf(final.status as number)
    expect({
      paint: await onHandAt(payload, f.paint, f.floor),
      plastic: await onHandAt(payload, f.plastic, f.floor),
      toy: await onHandAt(payload, f.toy, f.floor),
    }).toEqual({
      paint: at >= 2 ? 47 : 50,
      plastic: at >= 1 ? 94 : 100,
      toy: at >= 4 ? 3 : 0,
    })
  })
})
