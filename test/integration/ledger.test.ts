import Big from 'big.js'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { inventoryFixtures, onHandOf } from '../support/inventoryFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

const postMutation = `mutation ($key: String!, $lines: JSON!) { postStockMovements(key: $key, lines: $lines) }`

describe('the ledger through REST and GraphQL', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let f: Awaited<ReturnType<typeof inventoryFixtures>>

  const postRest = (key: string, lines: unknown[]) =>
    api.rest('POST', '/manufacturing/postStockMovements', { body: { key, lines }, token: admin })
  const receive = (
    quantity: number | string,
    unitCost: number,
    receivedAt: string,
    key = `receipt-${Math.random()}`,
  ) =>
    postRest(key, [
      {
        from: f.virtual.supplier,
        item: f.item,
        newLot: { receivedAt, unitCost },
        quantity,
        reason: 'receipt',
        to: f.warehouse,
      },
    ])
  const movementCount = async () =>
    (await payload.count({ collection: 'stock-movements' })).totalDocs

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  beforeEach(async () => {
    f = await inventoryFixtures(payload)
  })

  it('receives into a new lot with double entry: the supplier side mirrors the warehouse', async () => {
    const { body, status } = await receive(12.5, 2.4, '2026-01-05T00:00:00Z')
    expect(status).toBe(200)
    expect(body.replayed).toBe(false)
    expect(body.movements).toHaveLength(1)
    const balances = await onHandOf(payload, f.item)
    expect(balances.get(f.warehouse)).toBe(12.5)
    expect(balances.get(f.virtual.supplier)).toBe(-12.5)
    const lot = await payload.findByID({ collection: 'lots', id: body.movements[0].lot })
    expect(lot.code).toBe(`${f.sku}-${String(lot.id).padStart(6, '0')}`)
    expect(lot.unitCost).toBe(2.4)
    const item = await payload.findByID({ collection: 'items', id: f.item })
    expect([item.onHand, item.available]).toEqual([12.5, 12.5])
  })

  it('is exact: 0.1 posted ten times is exactly 1', async () => {
    for (let i = 0; i < 10; i++) {
      const { body } = await api.graphql(
        postMutation,
        {
          key: `tenth-${f.tag}-${i}`,
          lines: [
            {
              from: f.virtual.supplier,
              item: f.item,
              newLot: { unitCost: '0.1' },
              quantity: 0.1,
              reason: 'receipt',
              to: f.warehouse,
            },
          ],
        },
        admin,
      )
      expect(body.errors).toBeUndefined()
    }
    const db = (payload.db as any).drizzle
    const { rows } = await db.execute(
      `select sum(on_hand)::text as total from stock_balances where item_id = ${f.item} and location_id = ${f.warehouse}`,
    )
    expect(rows[0].total).toBe('1.0')
  })

  it('consumes FIFO across lots at each lot’s cost, and a reversal returns the same lots', async () => {
    await receive(5, 1, '2026-01-01T00:00:00Z')
    await receive(5, 3, '2026-02-01T00:00:00Z')
    const { body, status } = await postRest(`consume-${f.tag}`, [
      {
        from: f.warehouse,
        item: f.item,
        quantity: 7,
        reason: 'consume',
        strategy: 'fifo',
        to: f.virtual.production,
      },
    ])
    expect(status).toBe(200)
    expect(body.movements.map((m: any) => [m.quantity, m.unitCost])).toEqual([
      ['5', '1'],
      ['2', '3'],
    ])
    const reversed = await api.rest('POST', '/manufacturing/reverseStockMovements', {
      body: { key: `undo-${f.tag}`, postingKey: `consume-${f.tag}` },
      token: admin,
    })
    expect(reversed.status).toBe(200)
    expect(reversed.body.movements.map((m: any) => [m.lot, m.quantity, m.unitCost])).toEqual(
      body.movements.map((m: any) => [m.lot, m.quantity, m.unitCost]),
    )
    expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(10)
    const again = await api.rest('POST', '/manufacturing/reverseStockMovements', {
      body: { key: `undo-again-${f.tag}`, postingKey: `consume-${f.tag}` },
      token: admin,
    })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].message).toMatch(/already reversed/)
  })

  it('costs an output lot from the lots its consumption took, in the same posting', async () => {
    await receive(4, 2, '2026-01-01T00:00:00Z')
    await receive(10, 3, '2026-02-01T00:00:00Z')
    const consume = {
      from: f.warehouse,
      item: f.item,
      quantity: 6,
      reason: 'consume',
      to: f.virtual.production,
    }
    const output = {
      from: f.virtual.production,
      item: f.other,
      newLot: { absorbConsumed: { extraCost: 4 } },
      quantity: 4,
      reason: 'produce',
      to: f.warehouse,
    }
    const { body, status } = await postRest(`absorb-${f.tag}`, [consume, output])
    expect(status, JSON.stringify(body)).toBe(200)
    // FIFO: 4 at 2 + 2 at 3 = 14, plus 4 extra, over 4 made.
    const made = body.movements.find((m: any) => m.line === 1)
    expect(made.unitCost).toBe('4.5')
    const lot = await payload.findByID({ collection: 'lots', id: made.lot })
    expect(lot.unitCost).toBe(4.5)
    const both = await postRest(`absorb-both-${f.tag}`, [
      consume,
      { ...output, newLot: { absorbConsumed: {}, unitCost: 1 } },
    ])
    expect(both.status).toBe(400)
    expect(both.body.errors[0].data.errors[0].path).toBe('lines[1].newLot.unitCost')
    const twice = await postRest(`absorb-twice-${f.tag}`, [consume, output, output])
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].data.errors[0].path).toBe('lines[2].newLot.absorbConsumed')
  })

  it('posts a retried request once, and refuses the same key with other lines', async () => {
    await receive(10, 1, '2026-01-01T00:00:00Z')
    const lines = [
      { from: f.warehouse, item: f.item, quantity: 4, reason: 'transfer', to: f.floor },
    ]
    const first = await postRest(`move-${f.tag}`, lines)
    const before = await movementCount()
    const retry = await postRest(`move-${f.tag}`, lines)
    expect(retry.status).toBe(200)
    expect(retry.body.replayed).toBe(true)
    expect(retry.body.movements).toEqual(first.body.movements)
    expect(await movementCount()).toBe(before)
    const other = await postRest(`move-${f.tag}`, [{ ...lines[0], quantity: 5 }])
    expect(other.status).toBe(409)
    expect(other.body.errors[0].message).toMatch(/already used for a different posting/)
    expect((await onHandOf(payload, f.item)).get(f.floor)).toBe(4)
  })

  it('says what is wrong in the top-level message of a 400, and keeps every error in data', async () => {
    const one = await postRest(`zero-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 0, reason: 'transfer', to: f.floor },
    ])
    expect(one.status).toBe(400)
    expect(one.body.errors[0].message).toBe('lines[0].quantity: must be greater than zero')
    expect(one.body.errors[0].data.errors).toEqual([
      { message: 'lines[0].quantity: must be greater than zero', path: 'lines[0].quantity' },
    ])
    const graphql = await api.graphql(
      postMutation,
      {
        key: `zero-gql-${f.tag}`,
        lines: [{ from: f.warehouse, item: f.item, quantity: -1, reason: 'transfer', to: f.floor }],
      },
      admin,
    )
    expect(graphql.body.errors[0].message).toBe('lines[0].quantity: must be greater than zero')
  })

  it('writes nothing when the third line fails', async () => {
    await receive(10, 1, '2026-01-01T00:00:00Z')
    const before = await movementCount()
    const balances = await onHandOf(payload, f.item)
    const { body, status } = await postRest(`three-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 2, reason: 'transfer', to: f.floor },
      { from: f.warehouse, item: f.item, quantity: 3, reason: 'consume', to: f.virtual.production },
      { from: f.warehouse, item: f.item, quantity: 6, reason: 'consume', to: f.virtual.production },
    ])
    expect(status).toBe(409)
    expect(body.errors[0].message).toMatch(
      new RegExp(`lines\\[2\\]: not enough ${f.sku} .*: 5 available, 6 required`),
    )
    expect(body.errors[0].message).not.toMatch(/\n\s+at /)
    expect(await movementCount()).toBe(before)
    expect(await onHandOf(payload, f.item)).toEqual(balances)
    const item = await payload.findByID({ collection: 'items', id: f.item })
    expect(item.onHand).toBe(10)
  })

  it.each([
    ['negative', -1, /lines\[0\]\.quantity: must be greater than zero/],
    ['zero', 0, /lines\[0\]\.quantity: must be greater than zero/],
    ['NaN', 'NaN', /lines\[0\]\.quantity: must be a number/],
    ['non-numeric', 'ten', /lines\[0\]\.quantity: must be a number/],
    ['1e309', '1e309', /lines\[0\]\.quantity: is too large/],
    ['too precise', '0.0000001', /lines\[0\]\.quantity: has more than 6 decimal places/],
  ])('refuses a %s quantity with a 400 naming the field', async (_name, quantity, message) => {
    const before = await movementCount()
    const { body, status } = await postRest(`bad-${f.tag}`, [
      {
        from: f.virtual.supplier,
        item: f.item,
        newLot: { unitCost: 1 },
        quantity,
        reason: 'receipt',
        to: f.warehouse,
      },
    ])
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(message)
    expect(await movementCount()).toBe(before)
  })

  it.each([
    ['a body that is not JSON', '{"key": "x", "lines": [', /./],
    [
      'lines that are not a list',
      JSON.stringify({ key: 'x', lines: 'all of it' }),
      /lines: must list at least one movement/,
    ],
    ['a missing key', JSON.stringify({ lines: [] }), /key: must be a non-empty string/],
    [
      'a line that is not an object',
      JSON.stringify({ key: 'x', lines: [7] }),
      /lines\[0\]: must be an object/,
    ],
  ])('answers %s with a 400 and no stack trace', async (_name, raw, message) => {
    const { body, status } = await api.rest('POST', '/manufacturing/postStockMovements', {
      raw,
      token: admin,
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(message)
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/)
  })

  it('refuses unknown items and locations, a lot of another item, and a virtual location as the physical side', async () => {
    const { body: received } = await postRest(`sugar-${f.tag}`, [
      {
        from: f.virtual.supplier,
        item: f.other,
        newLot: { unitCost: 1 },
        quantity: 3,
        reason: 'receipt',
        to: f.warehouse,
      },
    ])
    const sugarLot = received.movements[0].lot
    const cases: [unknown, RegExp][] = [
      [
        { from: f.warehouse, item: 99999999, quantity: 1, reason: 'transfer', to: f.floor },
        /lines\[0\]\.item: no item with id 99999999/,
      ],
      [
        { from: 99999999, item: f.item, quantity: 1, reason: 'transfer', to: f.floor },
        /lines\[0\]\.from: no location with id 99999999/,
      ],
      [
        {
          from: f.warehouse,
          item: f.item,
          lot: sugarLot,
          quantity: 1,
          reason: 'transfer',
          to: f.floor,
        },
        /lines\[0\]\.lot: lot .* belongs to item SUGAR-.*, not FLOUR-/,
      ],
      [
        { from: f.virtual.supplier, item: f.item, quantity: 1, reason: 'transfer', to: f.floor },
        /lines\[0\]\.from: .*cannot be the source of a transfer movement/,
      ],
      [
        { from: f.warehouse, item: f.item, quantity: 1, reason: 'consume', to: f.floor },
        /lines\[0\]\.to: .*must be the virtual production location/,
      ],
      [
        { from: f.warehouse, item: f.item, quantity: 1, reason: 'teleport', to: f.floor },
        /lines\[0\]\.reason: must be one of/,
      ],
    ]
    for (const [line, message] of cases) {
      const { body, status } = await postRest(`bad-ref-${f.tag}`, [line])
      expect(status, JSON.stringify(line)).toBe(400)
      expect(JSON.stringify(body)).toMatch(message)
    }
  })

  it('keeps movements read-only over REST and GraphQL, even for administrators', async () => {
    await receive(1, 1, '2026-01-01T00:00:00Z')
    const [movement] = (
      await payload.find({
        collection: 'stock-movements',
        limit: 1,
        where: { item: { equals: f.item } },
      })
    ).docs
    const data = {
      from: f.warehouse,
      item: f.item,
      lot: movement!.lot,
      quantity: 5,
      reason: 'receipt',
      to: f.floor,
    }
    expect(
      (
        await api.rest('POST', '/stock-movements', {
          body: {
            ...data,
            idempotencyKey: 'forged',
            postingHash: 'x',
            postingKey: 'x',
            postedAt: new Date().toISOString(),
          },
          token: admin,
        })
      ).status,
    ).toBe(403)
    expect(
      (
        await api.rest('PATCH', `/stock-movements/${movement!.id}`, {
          body: { quantity: 999 },
          token: admin,
        })
      ).status,
    ).toBe(403)
    expect(
      (await api.rest('DELETE', `/stock-movements/${movement!.id}`, { token: admin })).status,
    ).toBe(403)
    const update = await api.graphql(
      `mutation { updateStockMovement(id: ${movement!.id}, data: { quantity: 999 }) { id } }`,
      {},
      admin,
    )
    expect(update.body.errors[0].extensions.statusCode).toBe(403)
    const remove = await api.graphql(
      `mutation { deleteStockMovement(id: ${movement!.id}) { id } }`,
      {},
      admin,
    )
    expect(remove.body.errors[0].extensions.statusCode).toBe(403)
    const after = await payload.findByID({ collection: 'stock-movements', id: movement!.id })
    expect(after.quantity).toBe(1)
  })

  it('needs inventory.adjust to post, and a login', async () => {
    const viewer = await api.login('viewer@example.com', 'viewer')
    const line = {
      from: f.virtual.supplier,
      item: f.item,
      newLot: { unitCost: 1 },
      quantity: 1,
      reason: 'receipt',
      to: f.warehouse,
    }
    expect(
      (
        await api.rest('POST', '/manufacturing/postStockMovements', {
          body: { key: 'x', lines: [line] },
        })
      ).status,
    ).toBe(401)
    const refused = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: { key: 'x', lines: [line] },
      token: viewer,
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/inventory\.adjust/)
  })

  it('follows the site-wide negative-stock policy for items that inherit it', async () => {
    const consume = (key: string) =>
      postRest(key, [
        {
          from: f.warehouse,
          item: f.item,
          quantity: 3,
          reason: 'consume',
          to: f.virtual.production,
        },
      ])
    const policy = (negativeStockPolicy: 'allow' | 'refuse') =>
      payload.updateGlobal({ data: { negativeStockPolicy }, slug: 'production-settings' })
    await receive(2, 1, '2026-01-01T00:00:00Z')
    expect((await consume(`refused-${f.tag}`)).status).toBe(409)
    await policy('allow')
    try {
      const allowed = await consume(`allowed-${f.tag}`)
      expect(allowed.status, JSON.stringify(allowed.body)).toBe(200)
      expect((await onHandOf(payload, f.item)).get(f.warehouse)).toBe(-1)
    } finally {
      await policy('refuse')
    }
    expect((await consume(`refused-again-${f.tag}`)).status).toBe(409)
  })

  it('hides unit costs without the view-costs key', async () => {
    await receive(2, 7.25, '2026-01-01T00:00:00Z')
    const viewer = await api.login('viewer@example.com', 'viewer')
    const planner = await api.login('planner@example.com', 'planner')
    const seen = async (token: string) =>
      (await api.rest('GET', `/stock-movements?where[item][equals]=${f.item}`, { token })).body
        .docs[0]
    expect(await seen(viewer)).not.toHaveProperty('unitCost')
    expect((await seen(planner)).unitCost).toBe(7.25)
    const lots = await api.graphql(
      `{ Lots(where: { item: { equals: ${f.item} } }) { docs { code unitCost } } }`,
      {},
      viewer,
    )
    expect(lots.body.data.Lots.docs[0].unitCost).toBeNull()
  })

  it('answers 409, not 500, when two requests reverse the same movement at once', async () => {
    await receive(4, 1, '2026-01-01T00:00:00Z')
    await postRest(`once-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 2, reason: 'transfer', to: f.floor },
    ])
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        api.rest('POST', '/manufacturing/reverseStockMovements', {
          body: { key: `twice-${f.tag}-${n}`, postingKey: `once-${f.tag}` },
          token: admin,
        }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409])
    expect((await onHandOf(payload, f.item)).get(f.floor)).toBe(0)
  })

  it('refuses a lot code the item already has, naming the field', async () => {
    const line = {
      from: f.virtual.supplier,
      item: f.item,
      newLot: { code: `LOT-${f.tag}`, unitCost: 1 },
      quantity: 1,
      reason: 'receipt',
      to: f.warehouse,
    }
    expect((await postRest(`code-a-${f.tag}`, [line])).status).toBe(200)
    const again = await postRest(`code-b-${f.tag}`, [line])
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toMatch(/newLot\.code: a lot with this code already exists/)
  })

  it('reserves and releases: available drops, on hand stays, consumption respects reservations', async () => {
    await receive(10, 1, '2026-01-01T00:00:00Z')
    const reserved = await postRest(`reserve-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 6, reason: 'reserve', to: f.warehouse },
    ])
    expect(reserved.status).toBe(200)
    const item = await payload.findByID({ collection: 'items', id: f.item })
    expect([item.onHand, item.available]).toEqual([10, 4])
    const tooMuch = await postRest(`take-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 5, reason: 'consume', to: f.virtual.production },
    ])
    expect(tooMuch.status).toBe(409)
    expect(tooMuch.body.errors[0].message).toMatch(/4 available, 5 required/)
    const released = await api.rest('POST', '/manufacturing/reverseStockMovements', {
      body: { key: `unreserve-${f.tag}`, postingKey: `reserve-${f.tag}` },
      token: admin,
    })
    expect(released.status).toBe(200)
    expect(released.body.movements[0].reason).toBe('release')
    const after = await payload.findByID({ collection: 'items', id: f.item })
    expect([after.onHand, after.available]).toEqual([10, 10])
    const overRelease = await postRest(`release-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 1, reason: 'release', to: f.warehouse },
    ])
    expect(overRelease.status).toBe(409)
  })

  it('skips blocked and expired lots when picking FIFO', async () => {
    const old = await receive(3, 1, '2026-01-01T00:00:00Z')
    const expired = await postRest(`expired-${f.tag}`, [
      {
        from: f.virtual.supplier,
        item: f.item,
        newLot: {
          expiresAt: '2026-01-10T00:00:00Z',
          receivedAt: '2026-01-02T00:00:00Z',
          unitCost: 2,
        },
        quantity: 3,
        reason: 'receipt',
        to: f.warehouse,
      },
    ])
    const fresh = await receive(3, 5, '2026-03-01T00:00:00Z')
    await payload.update({
      collection: 'lots',
      data: { disposition: 'blocked' },
      id: old.body.movements[0].lot,
    })
    const { body, status } = await postRest(`pick-${f.tag}`, [
      { from: f.warehouse, item: f.item, quantity: 2, reason: 'consume', to: f.virtual.production },
    ])
    expect(status).toBe(200)
    expect(body.movements.map((m: any) => m.lot)).toEqual([fresh.body.movements[0].lot])
    expect(expired.status).toBe(200)
  })

  it('serializes 50 concurrent consumptions of a balance that covers 30: 30 pass, 20 get 409', async () => {
    await receive(30, 1, '2026-01-01T00:00:00Z')
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        postRest(`race-${f.tag}-${i}`, [
          {
            from: f.warehouse,
            item: f.item,
            quantity: 1,
            reason: 'consume',
            to: f.virtual.production,
          },
        ]),
      ),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(30)
    expect(statuses.filter((s) => s === 409)).toHaveLength(20)
    const balances = await onHandOf(payload, f.item)
    expect(balances.get(f.warehouse)).toBe(0)
    expect(balances.get(f.virtual.production)).toBe(30)
    expect(new Big(balances.get(f.virtual.supplier)!).plus(30).toNumber()).toBe(0)
  })
})
