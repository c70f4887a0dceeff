import { beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

/** Add to inventory, and take back, for several BOMs at once: all lines post, or none. */
describe('add to inventory from several BOMs', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  /** Two toys' recipes, the second's components stocked on the first's floor too. */
  const fixtures = async () => {
    const f = await toyFixtures(payload, { paint: 50, plastic: 100 })
    const g = await toyFixtures(payload, { paint: 0, plastic: 0 })
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [
          { item: g.plastic, quantityDelta: 10 },
          { item: g.paint, quantityDelta: 5 },
        ],
        location: f.floor,
        type: 'found',
      },
    })
    return { f, g }
  }
  const add = (body: Record<string, unknown>) =>
    api.rest('POST', '/manufacturing/addBomsToInventory', { body, token: admin })
  const stock = async ({ f, g }: Awaited<ReturnType<typeof fixtures>>) =>
    Promise.all(
      [f.toy, f.plastic, g.toy, g.plastic].map((item) => onHandAt(payload, item, f.floor)),
    )

  it('adds several BOMs’ products at once and takes them back the same way', async () => {
    const s = await fixtures()
    const { body, status } = await add({
      lines: [
        { bom: s.f.bom, quantity: 3 },
        { bom: s.g.bom, quantity: 2 },
      ],
      location: s.f.floor,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.results.map((r: { bom: number }) => r.bom)).toEqual([s.f.bom, s.g.bom])
    expect(await stock(s)).toEqual([3, 94, 2, 6])
    const back = await api.graphql(
      'mutation ($lines: JSON!, $location: Int!) { addBomsToInventory(lines: $lines, location: $location) }',
      {
        lines: [
          { bom: s.f.bom, quantity: -1 },
          { bom: s.g.bom, quantity: '-2' },
        ],
        location: s.f.floor,
      },
      admin,
    )
    expect(back.body.errors).toBeUndefined()
    expect(await stock(s)).toEqual([2, 96, 0, 10])
  })

  it('posts nothing when one line is refused, naming it', async () => {
    const s = await fixtures()
    const short = await add({
      lines: [
        { bom: s.f.bom, quantity: 1 },
        { bom: s.g.bom, quantity: 6 },
      ],
      location: s.f.floor,
    })
    expect(short.status).toBe(409)
    expect(message(short.body)).toMatch(/^lines\[1\]: /)
    expect(await stock(s)).toEqual([0, 100, 0, 10])
    const back = await add({
      lines: [
        { bom: s.f.bom, quantity: 1 },
        { bom: s.g.bom, quantity: -1 },
      ],
      location: s.f.floor,
    })
    expect(back.status).toBe(400)
    expect(message(back.body)).toMatch(
      /^lines\[1\]\.quantity: only 0 TOY-\S+ added from this recipe is still at .* to take back, not 1$/,
    )
    const twice = await add({
      lines: [
        { bom: s.f.bom, quantity: 1 },
        { bom: s.f.bom, quantity: 1 },
      ],
      location: s.f.floor,
    })
    expect(twice.status).toBe(400)
    expect(message(twice.body)).toBe('lines[1].bom: is listed twice')
    const zero = await add({ lines: [{ bom: s.f.bom, quantity: 0 }], location: s.f.floor })
    expect(zero.status).toBe(400)
    expect(message(zero.body)).toMatch(/^lines\[0\]\.quantity: must not be zero/)
    const none = await add({ lines: [], location: s.f.floor })
    expect(message(none.body)).toBe('lines: must list at least one line')
    expect(await stock(s)).toEqual([0, 100, 0, 10])
  })

  it('posts once for a retried key', async () => {
    const s = await fixtures()
    const body = {
      key: `bulk-${s.f.tag}`,
      lines: [
        { bom: s.f.bom, quantity: 1 },
        { bom: s.g.bom, quantity: 1 },
      ],
      location: s.f.floor,
    }
    expect((await add(body)).status).toBe(200)
    const again = await add(body)
    expect(again.status).toBe(200)
    expect(again.body.results.every((r: { replayed: boolean }) => r.replayed)).toBe(true)
    expect(await stock(s)).toEqual([1, 98, 1, 8])
  })
})
