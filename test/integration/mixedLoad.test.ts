import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'
import { idleInTransaction, withinSeconds } from '../support/loadChecks'

/** How long the load runs (LOAD_SECONDS, default 30). */
const seconds = Number(process.env.LOAD_SECONDS ?? 30)
const clients = 100

/**
 * A busy shop floor for half a minute: 100 clients at once, each sending its next request as soon
 * as the last one answered, a mix of lists, reads, previews, status changes and adjustments.
 */
describe('mixed load on one app', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  it(
    `serves ${clients} concurrent clients for ${seconds} s with no 5xx but bounded 503s`,
    async () => {
      const f = await toyFixtures(payload, { paint: 10_000, plastic: 10_000 })
      const ids: number[] = []
      for (let i = 0; i < 20; i++) {
        const { body } = await api.rest('POST', '/executions', {
          body: {
            plannedQuantity: 1,
            product: f.toy,
            productionDate: '2026-12-04',
            productionFloor: f.floor,
          },
          token: admin,
        })
        ids.push(body.doc.id)
      }
      const pick = <T>(values: T[]) => values[Math.floor(Math.random() * values.length)]!
      const requests = [
        () => api.rest('GET', '/executions?limit=10&depth=1', { token: admin }),
        () => api.rest('GET', `/executions/${pick(ids)}`, { token: admin }),
        () =>
          api.rest('POST', '/manufacturing/previewTransition', {
            body: { id: pick(ids), status: pick([s.Plan, s.Assembly, s.Painting]) },
            token: admin,
          }),
        () =>
          api.rest('PATCH', `/executions/${pick(ids)}?depth=0`, {
            body: { status: pick([s.Plan, s.Assembly, s.Painting]) },
            token: admin,
          }),
        () =>
          api.rest('POST', '/inventory-adjustments', {
            body: {
              lines: [{ item: pick([f.paint, f.plastic]), quantityDelta: 1 }],
              location: f.floor,
              type: 'found',
            },
            token: admin,
          }),
      ]
      const statuses = new Map<number, number>()
      const unexpected: string[] = []
      const end = Date.now() + seconds * 1000
      await withinSeconds(
        seconds + 120,
        Promise.all(
          Array.from({ length: clients }, async () => {
            while (Date.now() < end) {
              const { body, status } = await pick(requests)()
              statuses.set(status, (statuses.get(status) ?? 0) + 1)
              // 409: two clients moved the same execution at once; 503: the database was busy.
              if (status >= 500 && status !== 503)
                unexpected.push(`${status} ${JSON.stringify(body)}`)
            }
          }),
        ),
      )
      const answered = [...statuses.values()].reduce((a, b) => a + b, 0)
      expect(unexpected).toEqual([])
      expect(statuses.get(200)! + (statuses.get(201) ?? 0)).toBeGreaterThan(answered / 2)

      const after = Date.now()
      const read = await withinSeconds(5, api.rest('GET', '/executions?limit=1', { token: admin }))
      expect(read.status).toBe(200)
      expect(Date.now() - after).toBeLessThan(1_000)
      expect(await idleInTransaction(payload)).toBe(0)
    },
    (seconds + 180) * 1000,
  )
})
