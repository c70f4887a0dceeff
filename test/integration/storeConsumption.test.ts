import { beforeAll, describe, expect, it } from 'vitest'

import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'
import { stockAt, storeFixtures, type StoreFixtures } from '../support/storeFixtures'

/**
 * Production consuming what a requisition staged: the requisition and its trolley follow what is
 * still on the floor for it, what is left goes back to the store, and then they close.
 */
describe('a requisition consumed on the floor', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let deducting: number
  let before: number

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    const order = Object.values(await statusesByName(payload))
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    deducting = (settings.rules?.deductMaterials as number | undefined) ?? order[1]!
    before = order[order.indexOf(deducting) - 1]!
  })

  const act = (name: string, body: Record<string, unknown>) =>
    api.rest('POST', `/manufacturing/${name}`, { body, token: admin })
  const ok = async (name: string, body: Record<string, unknown>) => {
    const response = await act(name, body)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body
  }
  const moveTo = async (execution: number, status: number) => {
    const moved = await api.rest('PATCH', `/executions/${execution}`, {
      body: { status },
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
  }
  const requisitionOf = (id: number) =>
    payload.findByID({ collection: 'material-requisitions', depth: 0, id })
  const trolleyOf = (id: number) => payload.findByID({ collection: 'trolleys', depth: 0, id })
  /** Each line as item: issued, staged, consumed, returned. */
  const quantities = async (id: number) =>
    Object.fromEntries(
      ((await requisitionOf(id)).lines ?? []).map((l) => [
        l.item as number,
        [l.issuedQuantity, l.stagedQuantity, l.consumedQuantity, l.returnedQuantity],
      ]),
    )

  /** 5 toys and 10 cars on the fixtures' floor, their materials requested, issued and staged. */
  const staged = async (f: StoreFixtures) => {
    const created = async (product: number, plannedQuantity: number) => {
      const { body, status } = await api.rest('POST', '/executions', {
        body: { plannedQuantity, product, productionDate: '2026-12-14', productionFloor: f.floor },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(201)
      return body.doc.id as number
    }
    const toy = await created(f.toy, 5)
    const car = await created(f.car, 10)
    const raised = await ok('requestMaterials', { executions: [toy, car], source: f.store })
    const requisition = raised.requisitions[0]
    await ok('pickRequisition', { requisition: requisition.id })
    await ok('issueRequisition', { requisition: requisition.id })
    const { trolley } = await ok('stageTrolley', { requisitions: [requisition.id] })
    return { car, requisition, toy, trolley: trolley.id as number }
  }

  it('takes off the trolley what one execution consumed, returns the rest and then closes', async () => {
    const f = await storeFixtures(payload)
    const [lot] = f.plasticLots
    const { car, requisition, toy, trolley } = await staged(f)

    await moveTo(toy, deducting)
    expect(await quantities(requisition.id)).toEqual({
      [f.paint]: [5, 0, 5, 0],
      [f.plastic]: [40, 30, 10, 0],
    })
    expect((await requisitionOf(requisition.id)).state).toBe('in_trolley')
    expect(await trolleyOf(trolley)).toMatchObject({
      lines: [{ item: f.plastic, lot, quantity: 30 }],
      state: 'ready',
    })

    // Only what is still on the floor goes back; then nothing is held for the requisition.
    const back = await ok('returnToStore', { requisition: requisition.id })
    expect(back.state).toBe('consumed')
    expect(await quantities(requisition.id)).toEqual({
      [f.paint]: [5, 0, 5, 0],
      [f.plastic]: [40, 0, 10, 30],
    })
    expect(await trolleyOf(trolley)).toMatchObject({ lines: [], state: 'emptied' })
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({ onHand: 0, reserved: 0 })
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({ onHand: 90, reserved: 0 })
    expect((await act('returnToStore', { requisition: requisition.id })).status).toBe(409)

    // What came back is the car's to ask for again: the closed requisition asks only what it gave.
    const again = await ok('requestMaterials', { executions: [car], source: f.store })
    expect(again.requisitions[0].lines.map((l: { required: string }) => l.required)).toEqual(['30'])
    expect((await ok('verifyLedger', {})).differences).toEqual([])
  })

  it('opens again when a consumption is reversed, so what came back can be returned', async () => {
    const f = await storeFixtures(payload)
    const { car, requisition, toy, trolley } = await staged(f)
    await moveTo(toy, deducting)
    await moveTo(car, deducting)
    expect((await requisitionOf(requisition.id)).state).toBe('consumed')
    expect((await trolleyOf(trolley)).state).toBe('emptied')

    // The car moved back: its plastic is on the floor again, held for the requisition.
    await moveTo(car, before)
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({ onHand: 30, reserved: 30 })
    expect(await quantities(requisition.id)).toEqual({
      [f.paint]: [5, 0, 5, 0],
      [f.plastic]: [40, 0, 10, 0],
    })
    expect((await requisitionOf(requisition.id)).state).toBe('issued')

    const back = await ok('returnToStore', { requisition: requisition.id })
    expect(back.state).toBe('consumed')
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({ onHand: 0, reserved: 0 })
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({ onHand: 90 })
    expect((await ok('verifyLedger', {})).differences).toEqual([])
  })

  it('keeps the requisition, its trolley and the floor agreeing when all happen at once', async () => {
    for (let round = 0; round < 3; round++) {
      const f = await storeFixtures(payload)
      const { car, requisition, toy, trolley } = await staged(f)
      const answers = await Promise.all([
        api.rest('PATCH', `/executions/${toy}`, { body: { status: deducting }, token: admin }),
        act('returnToStore', {
          lines: [{ line: requisition.lines[0].id, quantity: 5 }],
          requisition: requisition.id,
        }),
        api.rest('PATCH', `/executions/${car}`, { body: { status: deducting }, token: admin }),
      ])
      // Each waits for the others' locks: a move may lack stock, the return may come after both
      // consumed everything; none loses a deadlock.
      const [toyMoved, returned, carMoved] = answers
      for (const answer of [toyMoved!, carMoved!].filter((a) => a.status !== 200)) {
        expect(answer.status).toBe(409)
        expect(answer.body.errors[0].message).toMatch(`PLASTIC-${f.tag}`)
      }
      if (returned!.status !== 200) {
        expect(returned!.status).toBe(409)
        expect(returned!.body.errors[0].message).toMatch(`${requisition.code} is consumed`)
      }
      await expectAgreeing(f, requisition.id, trolley)
    }
    expect((await ok('verifyLedger', {})).differences).toEqual([])
  })

  /** What the requisition holds is what the floor has, and what it stages is on its trolley. */
  const expectAgreeing = async (f: StoreFixtures, requisition: number, trolley: number) => {
    const doc = await requisitionOf(requisition)
    const line = (item: number) => doc.lines!.find((l) => l.item === item)!
    for (const item of [f.plastic, f.paint]) {
      const { consumedQuantity, issuedQuantity, returnedQuantity, stagedQuantity } = line(item)
      expect(issuedQuantity! - returnedQuantity! - consumedQuantity!).toBe(
        (await stockAt(payload, item, f.floor)).onHand,
      )
      const onTrolley = ((await trolleyOf(trolley)).lines ?? []).filter((l) => l.item === item)
      expect(onTrolley.reduce((total, l) => total + l.quantity, 0)).toBe(stagedQuantity)
    }
  }
})
