import { beforeAll, describe, expect, it } from 'vitest'

import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * A requisition whose issued stock comes back while more is still picked at the store: it stays
 * open (the picked stock is still held for it), and cancelling it then releases that stock.
 */
describe('returning part of a requisition to the store', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  const tag = Date.now().toString(36)

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const act = async (name: string, body: unknown) => {
    const { body: answer, status } = await api.rest('POST', `/manufacturing/${name}`, {
      body,
      token: admin,
    })
    expect(status, JSON.stringify(answer)).toBe(200)
    return answer
  }
  const balances = async (item: number, location: number) => {
    const { docs } = await payload.find({
      collection: 'stock-balances',
      pagination: false,
      where: { item: { equals: item }, location: { equals: location } },
    })
    return docs.reduce(
      (sum, doc) => ({ onHand: sum.onHand + doc.onHand, reserved: sum.reserved + doc.reserved }),
      { onHand: 0, reserved: 0 },
    )
  }

  it('keeps the requisition open while picked stock is held, and cancelling releases it', async () => {
    const store = await payload.create({
      collection: 'locations',
      data: { kind: 'warehouse', name: `Return store ${tag}` },
    })
    const floor = await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: `Return floor ${tag}` },
    })
    const item = (sku: string, kind: 'material' | 'product' | 'resource') =>
      payload.create({
        collection: 'items',
        data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'kg' },
      })
    const oats = await item('OATS', 'material')
    const miller = await item('MILLER', 'resource')
    const bar = await item('BAR', 'product')
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: oats.id, quantityDelta: 30 }], location: store.id, type: 'found' },
    })
    await payload.create({
      collection: 'boms',
      data: {
        basis: 'per_unit',
        components: [{ item: oats.id, quantity: 2 }],
        operations: [
          { crewSize: 1, minutes: 60, resource: miller.id, resourceType: 'labor', step: 'Mill' },
        ],
        outputQuantity: 1,
        product: bar.id,
      },
    })
    const { body } = await api.rest('POST', '/executions', {
      body: {
        plannedQuantity: 5,
        product: bar.id,
        productionDate: '2026-12-12',
        productionFloor: floor.id,
      },
      token: admin,
    })
    const { requisitions } = await act('requestMaterials', {
      executions: [body.doc.id],
      source: store.id,
    })
    const requisition = requisitions[0]
    // Only the oats: the miller's hours are not kept in a store.
    expect(requisition.lines.map((line: any) => [line.item, line.required])).toEqual([
      [oats.id, '10'],
    ])
    const line = requisition.lines[0].id

    await act('pickRequisition', { requisition: requisition.id })
    await act('issueRequisition', { lines: [{ line, quantity: 4 }], requisition: requisition.id })
    expect(await balances(oats.id, store.id)).toEqual({ onHand: 26, reserved: 6 })
    expect(await balances(oats.id, floor.id)).toEqual({ onHand: 4, reserved: 4 })

    const back = await act('returnToStore', { requisition: requisition.id })
    expect(back.state).toBe('picking')
    expect(await balances(oats.id, store.id)).toEqual({ onHand: 30, reserved: 6 })
    expect(await balances(oats.id, floor.id)).toEqual({ onHand: 0, reserved: 0 })

    const cancelled = await act('cancelRequisition', { requisition: requisition.id })
    expect(cancelled.state).toBe('cancelled')
    expect(await balances(oats.id, store.id)).toEqual({ onHand: 30, reserved: 0 })
    const execution = await payload.findByID({ collection: 'executions', id: body.doc.id })
    expect(execution.requirements!.map((r) => r.supplyStatus)).toEqual([
      'not_requested',
      'not_requested',
    ])
  })
})
