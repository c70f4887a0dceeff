import { beforeAll, describe, expect, it } from 'vitest'

import { tableAndDough } from '../support/orderFixtures'
import { onHandAt } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe("previewing taking an order's output back", () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const lotOf = async (item: number) =>
    (await payload.find({ collection: 'lots', limit: 1, where: { item: { equals: item } } }))
      .docs[0]!
  const call = (action: string, body: Record<string, unknown>) =>
    api.rest('POST', `/manufacturing/${action}`, { body, token: admin })

  it('shows the quantity out of the output lot and each share back, then posts exactly that', async () => {
    const f = await tableAndDough(payload)
    const created = await api.rest('POST', '/manufacturing-orders', {
      body: { location: f.floor, product: f.table, quantity: 3 },
      token: admin,
    })
    const order = created.body.doc.id
    const made = await call('recordOrderOutput', { order, quantity: 2 })
    expect(made.status, JSON.stringify(made.body)).toBe(200)
    // Two tables made: 2 tops, 10 screws and 8 legs consumed.
    const args = { order, quantity: 1, row: made.body.row }
    const preview = await call('previewOrderOutputReversal', args)
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    const [top, screw, leg] = [await lotOf(f.top), await lotOf(f.screw), await lotOf(f.leg)]
    expect(preview.body).toMatchObject({
      allowed: true,
      output: {
        item: { id: f.table, sku: `TABLE-${f.tag}` },
        lot: { code: made.body.lot.code, id: made.body.lot.id },
        lotOnHand: '2',
        quantity: '1',
      },
      problems: [],
      reversible: '2',
      row: made.body.row,
    })
    expect(
      preview.body.returns.map((r: any) => [r.item.id, r.lot.id, r.quantity, r.lotOnHand]).sort(),
    ).toEqual(
      [
        [f.top, top.id, '1', '8'],
        [f.screw, screw.id, '5', '90'],
        [f.leg, leg.id, '4', '32'],
      ].sort(),
    )
    const query = await api.graphql(
      `query ($order: Int!, $quantity: JSON!, $row: String!) { previewOrderOutputReversal(order: $order, quantity: $quantity, row: $row) }`,
      args,
      admin,
    )
    expect(query.body.errors).toBeUndefined()
    expect(query.body.data.previewOrderOutputReversal).toEqual(preview.body)
    expect(await onHandAt(payload, f.table, f.floor)).toBe(2)

    expect((await call('reverseOrderOutput', args)).status).toBe(200)
    expect(await onHandAt(payload, f.table, f.floor)).toBe(1)
    expect(await onHandAt(payload, f.top, f.floor)).toBe(9)
    expect(await onHandAt(payload, f.screw, f.floor)).toBe(95)
    expect(await onHandAt(payload, f.leg, f.floor)).toBe(36)

    const tooMuch = await call('previewOrderOutputReversal', { ...args, quantity: 2 })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.errors[0].data.errors[0]).toMatchObject({
      message: 'quantity: only 1 of this row is left to take back',
      path: 'quantity',
    })
    expect((await call('previewOrderOutputReversal', { ...args, row: 'nope' })).status).toBe(400)
    expect((await call('previewOrderOutputReversal', { ...args, quantity: 'x' })).status).toBe(400)

    // The table left its lot (sold): the preview says it cannot come back.
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [{ item: f.table, lot: made.body.lot.id, quantityDelta: -1 }],
        location: f.floor,
        type: 'damage',
      },
    })
    const gone = await call('previewOrderOutputReversal', args)
    expect(gone.body.allowed).toBe(false)
    expect(gone.body.problems[0].message).toMatch(/holds 0 here/)
  })
})
