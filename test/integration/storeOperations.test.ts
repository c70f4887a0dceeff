import { beforeAll, describe, expect, it } from 'vitest'

import { closedRequisitionStates } from '../../src/store/rules/requisitionLines'
import { statusesByName } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'
import { stockAt, storeFixtures, type StoreFixtures } from '../support/storeFixtures'

describe('the store supplies the production floor: requisition, pick, issue, trolley', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let deducting: number

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
    const settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
    deducting = (settings.rules?.deductMaterials as number | undefined) ?? Object.values(s)[1]!
  })

  const act = (name: string, body: Record<string, unknown>, token = admin) =>
    api.rest('POST', `/manufacturing/${name}`, { body, token })
  const ok = async (name: string, body: Record<string, unknown>) => {
    const response = await act(name, body)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body
  }

  /** A plan on the fixtures' floor making toys and cars on one day, generated. */
  const plannedExecutions = async (f: StoreFixtures, toys: number, cars: number) => {
    const created = await api.rest('POST', '/production-plans', {
      body: {
        date: '2026-12-10',
        lines: [
          { product: f.toy, quantity: toys },
          { product: f.car, quantity: cars },
        ].filter((line) => line.quantity > 0),
        name: `Plan ${f.tag}`,
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const plan = created.body.doc.id as number
    expect((await ok('generateExecutions', { id: plan })).created).toHaveLength(
      [toys, cars].filter((q) => q > 0).length,
    )
    const { docs } = await payload.find({
      collection: 'executions',
      depth: 0,
      pagination: false,
      where: { plan: { equals: plan } },
    })
    const idOf = (product: number) => docs.find((doc) => doc.product === product)?.id as number
    return { car: idOf(f.car), plan, toy: idOf(f.toy) }
  }

  /** Each supplied requirement's status and detail, by item. */
  const supplyOf = async (execution: number) => {
    const doc = await payload.findByID({ collection: 'executions', depth: 0, id: execution })
    return Object.fromEntries(
      (doc.requirements ?? []).map((r) => [
        r.item as number,
        [r.supplyStatus, r.supplyDetail ?? ''],
      ]),
    )
  }

  it('walks a plan from requisition to deduction on the floor, the supply status following each step', async () => {
    const f = await storeFixtures(payload)
    const [lot1, lot2] = f.plasticLots
    const e = await plannedExecutions(f, 5, 10)

    // Materials in the store only: the floor cannot start.
    const early = await api.rest('PATCH', `/executions/${e.toy}`, {
      body: { status: deducting },
      token: admin,
    })
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toMatch(`PLASTIC-${f.tag}`)

    const raised = await ok('requestMaterials', { plan: e.plan, source: f.store })
    expect(raised.requisitions).toHaveLength(1)
    const requisition = raised.requisitions[0]
    expect(requisition.code).toMatch(/^REQ-\d{6}$/)
    expect(requisition.state).toBe('requested')
    const line = (item: number) =>
      requisition.lines.find((l: { item: number }) => l.item === item).id as string
    expect(
      requisition.lines.map((l: { item: number; required: string }) => [l.item, l.required]),
    ).toEqual([
      [f.plastic, '40'],
      [f.paint, '5'],
    ])
    const doc = await payload.findByID({
      collection: 'material-requisitions',
      depth: 0,
      id: requisition.id,
    })
    expect(doc.floor).toBe(f.floor)
    expect(doc.plan).toBe(e.plan)
    expect(doc.lines![0]!.links!.map((link) => [link.execution, link.quantity])).toEqual([
      [e.toy, 10],
      [e.car, 30],
    ])
    expect(await supplyOf(e.toy)).toEqual({
      [f.paint]: ['requisitioned', ''],
      [f.plastic]: ['requisitioned', ''],
    })
    // Asked again, nothing is left to ask.
    expect((await act('requestMaterials', { plan: e.plan, source: f.store })).status).toBe(409)

    // A partial pick, FIFO: the first lot. The toy's share comes first.
    let picked = await ok('pickRequisition', {
      lines: [{ line: line(f.plastic), quantity: 25 }],
      requisition: requisition.id,
    })
    expect(picked.state).toBe('picking')
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({
      available: 75,
      onHand: 100,
      reserved: 25,
    })
    expect((await supplyOf(e.toy))[f.plastic]).toEqual(['picked', ''])
    expect((await supplyOf(e.car))[f.plastic]).toEqual([
      'requisitioned',
      'requested 30 · picked 15 of 30',
    ])

    // The rest from the second lot, named; the paint by FIFO.
    picked = await ok('pickRequisition', {
      lines: [
        { line: line(f.plastic), lots: [{ lot: lot2, quantity: 15 }] },
        { line: line(f.paint) },
      ],
      requisition: requisition.id,
    })
    expect(picked.state).toBe('picked')
    expect(picked.lines[0].lots).toMatchObject([
      { lot: lot1, picked: '25' },
      { lot: lot2, picked: '15' },
    ])

    const issued = await ok('issueRequisition', { requisition: requisition.id })
    expect(issued.state).toBe('issued')
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({
      onHand: 60,
      reserved: 0,
      byLot: { [lot1!]: 35, [lot2!]: 25 },
    })
    // On the floor, the same lots, reserved by the executions they were issued for.
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({
      available: 0,
      byLot: { [lot1!]: 25, [lot2!]: 15 },
      onHand: 40,
      reserved: 40,
    })
    expect(await stockAt(payload, f.paint, f.floor)).toMatchObject({ onHand: 5, reserved: 5 })
    expect(await supplyOf(e.car)).toEqual({ [f.plastic]: ['issued', ''] })

    const staged = await ok('stageTrolley', { label: 'Line 1', requisitions: [requisition.id] })
    expect(staged.trolley.code).toMatch(/^TR-\d{6}$/)
    expect(staged.requisitions[0].state).toBe('in_trolley')
    const trolley = await payload.findByID({
      collection: 'trolleys',
      depth: 0,
      id: staged.trolley.id,
    })
    expect(trolley).toMatchObject({ floor: f.floor, label: 'Line 1', state: 'ready' })
    expect(trolley.executions).toEqual([e.toy, e.car])
    expect(trolley.lines!.map((l) => [l.item, l.lot, l.quantity])).toEqual([
      [f.plastic, lot1, 25],
      [f.plastic, lot2, 15],
      [f.paint, f.paintLots[0], 5],
    ])
    expect(await supplyOf(e.toy)).toEqual({
      [f.paint]: ['in_trolley', ''],
      [f.plastic]: ['in_trolley', ''],
    })

    // Now the floor holds what both need: each deducts there.
    for (const id of [e.toy, e.car]) {
      const moved = await api.rest('PATCH', `/executions/${id}`, {
        body: { status: deducting },
        token: admin,
      })
      expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    }
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({ onHand: 0, reserved: 0 })
    expect(await stockAt(payload, f.paint, f.floor)).toMatchObject({ onHand: 0, reserved: 0 })

    // Everything it issued was consumed: the requisition and its trolley close, and leave the
    // store's queue; nothing is left to return or cancel.
    const consumed = await payload.findByID({
      collection: 'material-requisitions',
      depth: 0,
      id: requisition.id,
    })
    expect(consumed.state).toBe('consumed')
    expect(
      consumed.lines!.map((l) => [l.issuedQuantity, l.consumedQuantity, l.stagedQuantity]),
    ).toEqual([
      [40, 40, 0],
      [5, 5, 0],
    ])
    expect(
      await payload.findByID({ collection: 'trolleys', depth: 0, id: staged.trolley.id }),
    ).toMatchObject({ lines: [], state: 'emptied' })
    const open = await payload.find({
      collection: 'material-requisitions',
      depth: 0,
      where: {
        floor: { equals: f.floor },
        state: { not_in: [...closedRequisitionStates] },
      },
    })
    expect(open.docs).toEqual([])
    for (const step of ['returnToStore', 'cancelRequisition']) {
      const refused = await act(step, { requisition: requisition.id })
      expect(refused.status).toBe(409)
      expect(refused.body.errors[0].message).toMatch(`${requisition.code} is consumed`)
    }
    expect((await supplyOf(e.car))[f.plastic]![0]).toBe('in_trolley')
    expect((await ok('verifyLedger', {})).differences).toEqual([])
  })

  it('cancels a picked requisition and takes issued stock back to the store lot by lot', async () => {
    const f = await storeFixtures(payload)
    const [lot1, lot2] = f.plasticLots
    const e = await plannedExecutions(f, 0, 20)
    const first = (await ok('requestMaterials', { executions: [e.car], source: f.store }))
      .requisitions[0]
    await ok('pickRequisition', { requisition: first.id })
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({ reserved: 60 })
    const cancelled = await ok('cancelRequisition', { requisition: first.id })
    expect(cancelled.state).toBe('cancelled')
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({
      available: 100,
      reserved: 0,
    })
    expect(await supplyOf(e.car)).toEqual({ [f.plastic]: ['not_requested', ''] })
    expect((await act('pickRequisition', { requisition: first.id })).status).toBe(409)

    // Asked again, picked across both lots, issued and staged; then back to the store.
    const second = (await ok('requestMaterials', { executions: [e.car], source: f.store }))
      .requisitions[0]
    await ok('pickRequisition', { requisition: second.id })
    await ok('issueRequisition', { requisition: second.id })
    await ok('stageTrolley', { requisitions: [second.id] })
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({
      byLot: { [lot1!]: 60 },
      onHand: 60,
      reserved: 60,
    })
    expect((await act('cancelRequisition', { requisition: second.id })).status).toBe(409)

    const partReturn = {
      key: 'return-15',
      lines: [{ line: second.lines[0].id, quantity: 15 }],
      requisition: second.id,
    }
    const partly = await ok('returnToStore', partReturn)
    expect(partly.lines[0]).toMatchObject({ issued: '60', returned: '15', staged: '45' })
    // Sent again with its key (an answer lost on the way), it returns nothing twice.
    expect((await ok('returnToStore', partReturn)).lines[0]).toMatchObject({ returned: '15' })
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({
      onHand: 45,
      reserved: 45,
    })
    expect((await supplyOf(e.car))[f.plastic]![0]).toBe('requisitioned')

    const back = await ok('returnToStore', { requisition: second.id })
    expect(back.state).toBe('returned')
    expect(await stockAt(payload, f.plastic, f.floor)).toMatchObject({ onHand: 0, reserved: 0 })
    expect(await stockAt(payload, f.plastic, f.store)).toMatchObject({
      available: 100,
      byLot: { [lot1!]: 60, [lot2!]: 40 },
      onHand: 100,
    })
    const trolley = await payload.findByID({
      collection: 'trolleys',
      depth: 0,
      id: (await payload.findByID({ collection: 'material-requisitions', depth: 0, id: second.id }))
        .trolley as number,
    })
    expect(trolley).toMatchObject({ lines: [], state: 'emptied' })
    expect(await supplyOf(e.car)).toEqual({ [f.plastic]: ['not_requested', ''] })
    expect((await ok('verifyLedger', {})).differences).toEqual([])
  })

  it('raises the requisitions when generating a plan that asks for them', async () => {
    const f = await storeFixtures(payload)
    const created = await api.rest('POST', '/production-plans', {
      body: {
        date: '2026-12-12',
        lines: [{ product: f.toy, quantity: 2 }],
        name: `Supplied plan ${f.tag}`,
        productionFloor: f.floor,
        requestMaterials: true,
      },
      token: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const generated = await ok('generateExecutions', { id: created.body.doc.id })
    expect(generated.requisitions).toEqual([expect.stringMatching(/^REQ-\d{6}$/)])
    // Generating again asks nothing twice.
    expect((await ok('generateExecutions', { id: created.body.doc.id })).requisitions).toEqual([])
    const { docs } = await payload.find({
      collection: 'material-requisitions',
      depth: 0,
      where: { plan: { equals: created.body.doc.id } },
    })
    expect(docs.map((d) => d.lines!.map((l) => [l.item, l.requiredQuantity]))).toEqual([
      [
        [f.plastic, 4],
        [f.paint, 2],
      ],
    ])
  })

  it('answers over GraphQL with the same shapes', async () => {
    const f = await storeFixtures(payload)
    const e = await plannedExecutions(f, 1, 0)
    const { body } = await api.graphql(
      'mutation ($e: JSON, $s: Int) { requestMaterials(executions: $e, source: $s) }',
      { e: [e.toy], s: f.store },
      admin,
    )
    expect(body.errors).toBeUndefined()
    const requisition = body.data.requestMaterials.requisitions[0]
    const picked = await api.graphql(
      'mutation ($r: Int!) { pickRequisition(requisition: $r) }',
      { r: requisition.id },
      admin,
    )
    expect(picked.body.data.pickRequisition.state).toBe('picked')
  })
})
