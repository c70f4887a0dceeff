import { beforeAll, describe, expect, it } from 'vitest'

import { toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const message = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

describe('add to inventory from a BOM', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let supplier: number

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    const { docs } = await payload.find({
      collection: 'locations',
      where: { virtualRole: { equals: 'supplier' } },
    })
    supplier = docs[0]!.id
  })

  /**
   * The toy (2 plastic + 1 paint) with 6 plastic in an old lot at 2, 100 in a newer lot at 3,
   * and 50 paint at 5, on the toy floor.
   */
  const fixtures = async () => {
    const f = await toyFixtures(payload, { paint: 50, plastic: 6 })
    const { body, status } = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `plastic-${f.tag}`,
        lines: [
          {
            from: supplier,
            item: f.plastic,
            newLot: { receivedAt: '2099-01-01T00:00:00.000Z', unitCost: 3 },
            quantity: 100,
            reason: 'receipt',
            to: f.floor,
          },
        ],
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    const lots = async (item: number) =>
      (
        await payload.find({
          collection: 'lots',
          sort: 'receivedAt',
          where: { item: { equals: item } },
        })
      ).docs
    const [oldPlastic, newPlastic] = await lots(f.plastic)
    const [paint] = await lots(f.paint)
    return {
      ...f,
      lots: { newPlastic: newPlastic!.id, oldPlastic: oldPlastic!.id, paint: paint!.id },
    }
  }
  type Fixtures = Awaited<ReturnType<typeof fixtures>>

  const add = (body: Record<string, unknown>, token = admin) =>
    api.rest('POST', '/manufacturing/addToInventory', { body, token })

  /** On hand per lot of an item at a location, lots by id. */
  const lotsAt = async (item: number, location: number) => {
    const { docs } = await payload.find({
      collection: 'stock-balances',
      depth: 0,
      pagination: false,
      sort: 'lot',
      where: { item: { equals: item }, location: { equals: location } },
    })
    return Object.fromEntries(docs.map((d) => [d.lot as number, d.onHand]))
  }
  /** Every item's balances over all locations, virtual ones included, add up to zero. */
  const expectBalanced = async (f: Fixtures) => {
    for (const item of [f.plastic, f.paint, f.toy]) {
      const { docs } = await payload.find({
        collection: 'stock-balances',
        pagination: false,
        where: { item: { equals: item } },
      })
      expect(docs.reduce((sum, d) => sum + d.onHand, 0)).toBeCloseTo(0, 9)
    }
  }
  const movementCount = async () =>
    (await payload.count({ collection: 'stock-movements' })).totalDocs

  it('takes the components out and puts the product in at their cost, and takes it back', async () => {
    const f = await fixtures()
    const made = await add({ bom: f.bom, location: f.floor, quantity: 4 })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    expect(made.body.postingKey).toBe(`boms/${f.bom}/add-to-inventory/${made.body.key}`)
    const product = made.body.movements.find((m: any) => m.item === f.toy)
    // 6 plastic at 2, 2 at 3 and 4 paint at 5: 38 for 4 toys.
    expect(product).toMatchObject({
      quantity: '4',
      reason: 'produce',
      to: f.floor,
      unitCost: '9.5',
    })
    const lot = await payload.findByID({ collection: 'lots', id: product.lot })
    expect(lot.unitCost).toBe(9.5)
    expect(await lotsAt(f.plastic, f.floor)).toEqual({
      [f.lots.oldPlastic]: 0,
      [f.lots.newPlastic]: 98,
    })
    expect(await lotsAt(f.paint, f.floor)).toEqual({ [f.lots.paint]: 46 })
    expect(await lotsAt(f.toy, f.floor)).toEqual({ [product.lot]: 4 })
    const { docs: movements } = await payload.find({
      collection: 'stock-movements',
      where: { postingKey: { equals: made.body.postingKey } },
    })
    expect(
      movements.every((m) => m.sourceCollection === 'boms' && m.sourceId === String(f.bom)),
    ).toBe(true)

    const back = await add({ bom: f.bom, location: f.floor, quantity: -1 })
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    expect(
      back.body.movements.map((m: any) => [m.item, m.lot, m.quantity, m.unitCost, m.reason]),
    ).toEqual([
      [f.toy, product.lot, '1', '9.5', 'consume'],
      [f.plastic, f.lots.oldPlastic, '1.5', '2', 'produce'],
      [f.plastic, f.lots.newPlastic, '0.5', '3', 'produce'],
      [f.paint, f.lots.paint, '1', '5', 'produce'],
    ])
    expect(await lotsAt(f.plastic, f.floor)).toEqual({
      [f.lots.oldPlastic]: 1.5,
      [f.lots.newPlastic]: 98.5,
    })
    expect(await lotsAt(f.toy, f.floor)).toEqual({ [product.lot]: 3 })
    await expectBalanced(f)

    const rest = await api.graphql(
      `mutation ($bom: Int!, $location: Int!, $quantity: JSON!) { addToInventory(bom: $bom, location: $location, quantity: $quantity) }`,
      { bom: f.bom, location: f.floor, quantity: '-3' },
      admin,
    )
    expect(rest.body.errors).toBeUndefined()
    expect(await lotsAt(f.plastic, f.floor)).toEqual({
      [f.lots.oldPlastic]: 6,
      [f.lots.newPlastic]: 100,
    })
    expect(await lotsAt(f.paint, f.floor)).toEqual({ [f.lots.paint]: 50 })
    expect(await lotsAt(f.toy, f.floor)).toEqual({ [product.lot]: 0 })
    await expectBalanced(f)
    // What went back cost what was taken: the stock is worth what it was before.
    const { docs: all } = await payload.find({
      collection: 'stock-movements',
      pagination: false,
      where: { sourceCollection: { equals: 'boms' }, sourceId: { equals: String(f.bom) } },
    })
    const value = (reason: string, items: number[]) =>
      all
        .filter((m) => m.reason === reason && items.includes(m.item as number))
        .reduce((sum, m) => sum + m.quantity * m.unitCost!, 0)
    expect(value('produce', [f.plastic, f.paint])).toBeCloseTo(
      value('consume', [f.plastic, f.paint]),
      9,
    )

    const before = await movementCount()
    const tooMuch = await add({ bom: f.bom, location: f.floor, quantity: -1 })
    expect(tooMuch.status).toBe(400)
    expect(message(tooMuch.body)).toMatch(
      /^quantity: only 0 TOY-\S+ added from this recipe is still at Toy floor \S+ to take back, not 1/,
    )
    expect(await movementCount()).toBe(before)
  })

  it('takes back from the latest additions first, and only what is still there', async () => {
    const f = await fixtures()
    const first = (await add({ bom: f.bom, location: f.floor, quantity: 2 })).body
    const second = (await add({ bom: f.bom, location: f.floor, quantity: 2 })).body
    const lotOf = (result: any) => result.movements.find((m: any) => m.item === f.toy).lot
    const shelf = await payload.create({
      collection: 'locations',
      data: { kind: 'warehouse', name: `Toy shelf ${f.tag}` },
    })
    const moved = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: {
        key: `shelve-${f.tag}`,
        lines: [
          {
            from: f.floor,
            item: f.toy,
            lot: lotOf(second),
            quantity: 1,
            reason: 'transfer',
            to: shelf.id,
          },
        ],
      },
      token: admin,
    })
    expect(moved.status).toBe(200)
    const before = await movementCount()
    const refused = await add({ bom: f.bom, location: f.floor, quantity: -4 })
    expect(refused.status).toBe(400)
    expect(message(refused.body)).toMatch(/only 3 TOY-\S+ .* not 4/)
    expect(await movementCount()).toBe(before)

    const back = await add({ bom: f.bom, location: f.floor, quantity: -2 })
    expect(back.status).toBe(200)
    expect(
      back.body.movements.filter((m: any) => m.item === f.toy).map((m: any) => [m.lot, m.quantity]),
    ).toEqual([
      [lotOf(second), '1'],
      [lotOf(first), '1'],
    ])
    expect(await lotsAt(f.toy, f.floor)).toEqual({ [lotOf(first)]: 1, [lotOf(second)]: 0 })
    // Elsewhere, the shelf's toy was never added there: nothing to take back at the shelf.
    const elsewhere = await add({ bom: f.bom, location: shelf.id, quantity: -1 })
    expect(elsewhere.status).toBe(400)
    await expectBalanced(f)
  })

  it('posts once per key, and refuses what the stock or the input does not allow', async () => {
    const f = await fixtures()
    const once = await add({ bom: f.bom, key: `k-${f.tag}`, location: f.floor, quantity: 1 })
    const again = await add({ bom: f.bom, key: `k-${f.tag}`, location: f.floor, quantity: 1 })
    expect(again.status).toBe(200)
    expect(again.body.replayed).toBe(true)
    expect(again.body.movements).toEqual(once.body.movements)
    expect(await lotsAt(f.paint, f.floor)).toEqual({ [f.lots.paint]: 49 })

    const before = await movementCount()
    const short = await add({ bom: f.bom, location: f.floor, quantity: 100 })
    expect(short.status).toBe(409)
    expect(message(short.body)).toMatch(/not enough PLASTIC-\S+ .*: 104 available, 200 required/)
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ quantity: 0 }, /^quantity: must not be zero/],
      [{ quantity: 'many' }, /^quantity: must be a number/],
      [{ bom: 999_999 }, /^bom: no bill of materials with id 999999/],
      [{ location: supplier }, /^location: location \d+ is not a warehouse or production floor/],
      [{ key: 'x'.repeat(101) }, /^key: must be a string of at most 100 characters/],
    ]
    for (const [change, expected] of refusals) {
      const { body, status } = await add({ bom: f.bom, location: f.floor, quantity: 1, ...change })
      expect(status).toBe(400)
      expect(message(body)).toMatch(expected)
    }
    expect(await movementCount()).toBe(before)

    const planner = await api.login('planner@example.com', 'planner')
    expect((await add({ bom: f.bom, location: f.floor, quantity: 1 }, planner)).status).toBe(403)
  })
})
