import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seedGemstones } from '../../demo/seed/seedGemstones'
import { onHandOf } from '../support/inventoryFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

let counter = 0
const stageNames = ['Rough Sorting', 'Cutting', 'Polishing', 'Grading']

describe('production runs: processes, stage entries, losses, reversals, completion', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  const action = (name: string, body: Record<string, unknown>, token = admin) =>
    api.rest('POST', `/manufacturing/${name}`, { body, token })
  const ok = async (name: string, body: Record<string, unknown>, token = admin) => {
    const response = await action(name, body, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body
  }
  const message = (body: any): string =>
    body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''

  /** A gem workshop: rough stones in two lots, the items of each stage, a low-grade scrap SKU. */
  async function gemWorkshop() {
    const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
    const item = (sku: string, extra: Record<string, unknown> = {}) =>
      payload.create({
        collection: 'items',
        data: {
          kind: 'material',
          name: `${sku} ${tag}`,
          sku: `${sku}-${tag}`,
          unit: 'ct',
          ...extra,
        },
      })
    const lowGrade = await item('LOWGRADE', { standardCost: 2 })
    const scrapItem = lowGrade.id
    const rough = await item('ROUGH', { scrapItem, standardCost: 10 })
    const sorted = await item('SORTED', { scrapItem })
    const cut = await item('CUT', { scrapItem })
    const polished = await item('POLISHED', { scrapItem })
    const graded = await item('GRADED', { kind: 'product' })
    const floor = await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: `Gem floor ${tag}` },
    })
    const { docs } = await payload.find({
      collection: 'locations',
      where: { kind: { equals: 'virtual' } },
    })
    const virtual = Object.fromEntries(docs.map((doc) => [doc.virtualRole!, doc.id])) as Record<
      string,
      number
    >
    const received = await ok('postStockMovements', {
      key: `gems-${tag}`,
      lines: [
        { q: 60, at: '2026-01-10T00:00:00Z', cost: 10 },
        { q: 40, at: '2026-02-10T00:00:00Z', cost: 12 },
      ].map((lot) => ({
        from: virtual.supplier,
        item: rough.id,
        newLot: { receivedAt: lot.at, unitCost: lot.cost },
        quantity: lot.q,
        reason: 'receipt',
        to: floor.id,
      })),
    })
    const process = await api.rest('POST', '/processes', {
      body: { name: `Gemstones ${tag}`, stages: stageNames.map((name) => ({ name })) },
      token: admin,
    })
    expect(process.status, JSON.stringify(process.body)).toBe(201)
    const run = await api.rest('POST', '/production-runs', {
      body: { description: `Parcel ${tag}`, location: floor.id, process: process.body.doc.id },
      token: admin,
    })
    expect(run.status, JSON.stringify(run.body)).toBe(201)
    return {
      cut: cut.id,
      floor: floor.id,
      graded: graded.id,
      lotA: received.movements[0].lot as number,
      lotB: received.movements[1].lot as number,
      lowGrade: lowGrade.id,
      polished: polished.id,
      process: process.body.doc as { id: number; stages: { id: string; name: string }[] },
      rough: rough.id,
      run: run.body.doc as { code: string; id: number },
      sorted: sorted.id,
      tag,
      virtual,
    }
  }
  type Workshop = Awaited<ReturnType<typeof gemWorkshop>>

  const at = async (item: number, location: number) =>
    (await onHandOf(payload, item)).get(location) ?? 0
  const summaryOf = async (run: number) => (await ok('productionRunSummary', { run })) as any
  const stageFigures = async (run: number, name: string) =>
    (await summaryOf(run)).stages.find((s: any) => s.name === name)
  const counts = async () => ({
    entries: (await payload.count({ collection: 'production-run-entries' })).totalDocs,
    items: (await payload.count({ collection: 'items' })).totalDocs,
    movements: (await payload.count({ collection: 'stock-movements' })).totalDocs,
  })
  const lotsAt = async (item: number, location: number) => {
    const { docs } = await payload.find({
      collection: 'stock-balances',
      depth: 0,
      pagination: false,
      where: { item: { equals: item }, location: { equals: location } },
    })
    return Object.fromEntries(docs.map((b) => [b.lot as number, b.onHand]))
  }
  const record = (
    kind: 'Inputs' | 'Losses' | 'Outputs',
    w: Workshop,
    stage: string,
    lines: unknown[],
    extra = {},
  ) => action(`record${kind}`, { lines, run: w.run.id, stage, ...extra })

  it('runs a four-stage gemstone parcel: inputs, outputs and every loss, with stock and scrap stock after each step', async () => {
    const w = await gemWorkshop()
    expect(w.run.code).toMatch(/^RUN-\d{6}$/)

    // Rough Sorting: 80 ct in, FIFO: all 60 of the January lot and 20 of February's.
    const inputs = await ok('recordInputs', {
      lines: [{ item: w.rough, note: 'parcel A', quantity: 80 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    expect(inputs.entries).toHaveLength(1)
    expect(inputs.entries[0]).toMatchObject({
      cost: 840,
      kind: 'input',
      lots: [w.lotA, w.lotB],
      note: 'parcel A',
      quantity: 80,
      stageName: 'Rough Sorting',
      unit: 'ct',
    })
    expect(await at(w.rough, w.floor)).toBe(20)
    expect(await at(w.rough, w.virtual.production!)).toBe(80)

    // 70 ct sorted come out, in a new lot at the stage's consumed cost over its output: 840 / 70.
    const outputs = await ok('recordOutputs', {
      lines: [{ item: w.sorted, quantity: 70 }],
      run: w.run.id,
      stage: w.process.stages[0]!.id,
    })
    expect(await at(w.sorted, w.floor)).toBe(70)
    const sortedLot = await payload.findByID({ collection: 'lots', id: outputs.entries[0].lots[0] })
    expect(sortedLot.unitCost).toBe(12)

    // Waste, rejection and scrap leave the stage's work in process, not the floor again; scrap
    // comes back as the low-grade SKU.
    const losses = await ok('recordLosses', {
      lines: [
        { item: w.rough, quantity: 4, type: 'waste' },
        { item: w.rough, note: 'cracked', quantity: 3, type: 'rejection' },
        { item: w.rough, quantity: 2, type: 'scrap' },
      ],
      run: w.run.id,
      stage: 'rough sorting',
    })
    expect(losses.entries.map((e: any) => e.kind)).toEqual(['waste', 'rejection', 'scrap'])
    expect(losses.entries[0].lots).toEqual([w.lotA])
    expect(losses.entries[2]).toMatchObject({ scrapItem: w.lowGrade })
    expect(await at(w.rough, w.floor)).toBe(20)
    expect(await at(w.rough, w.virtual.loss!)).toBe(9)
    expect(await at(w.rough, w.virtual.production!)).toBe(71)
    expect(await at(w.lowGrade, w.floor)).toBe(2)
    const scrapLot = await payload.findByID({ collection: 'lots', id: losses.entries[2].scrapLot })
    expect(scrapLot.unitCost).toBe(2)
    expect((await stageFigures(w.run.id, 'Rough Sorting')).totals).toEqual({
      inputs: '80',
      losses: '9',
      outputs: '70',
      rejection: '3',
      scrap: '2',
      unaccounted: '1',
      waste: '4',
    })

    // Cutting: the output item does not exist yet and is created from the form.
    await ok('recordInputs', {
      lines: [{ item: w.sorted, quantity: 70 }],
      run: w.run.id,
      stage: 'Cutting',
    })
    expect(await at(w.sorted, w.floor)).toBe(0)
    const cut = await ok('recordOutputs', {
      lines: [
        {
          newItem: { name: `Cut stone ${w.tag}`, sku: `CUTNEW-${w.tag}`, unit: 'ct' },
          quantity: 50,
        },
      ],
      run: w.run.id,
      stage: 'Cutting',
    })
    const newItem = await payload.findByID({ collection: 'items', id: cut.entries[0].item })
    expect(newItem).toMatchObject({ sku: `CUTNEW-${w.tag}`, unit: 'ct' })
    expect(await at(newItem.id, w.floor)).toBe(50)
    await ok('recordLosses', {
      lines: [
        { item: w.sorted, quantity: 15, type: 'waste' },
        { item: w.sorted, quantity: 5, type: 'scrap' },
      ],
      run: w.run.id,
      stage: 'Cutting',
    })
    expect(await at(w.lowGrade, w.floor)).toBe(7)
    expect((await stageFigures(w.run.id, 'Cutting')).totals.unaccounted).toBe('0')

    // Polishing and Grading.
    await ok('recordInputs', {
      lines: [{ item: newItem.id, quantity: 50 }],
      run: w.run.id,
      stage: 'Polishing',
    })
    await ok('recordOutputs', {
      lines: [{ item: w.polished, quantity: 46 }],
      run: w.run.id,
      stage: 'Polishing',
    })
    await ok('recordLosses', {
      lines: [{ item: newItem.id, quantity: 4, type: 'waste' }],
      run: w.run.id,
      stage: 'Polishing',
    })
    expect(await at(newItem.id, w.floor)).toBe(0)
    expect(await at(w.polished, w.floor)).toBe(46)
    await ok('recordInputs', {
      lines: [{ item: w.polished, quantity: 46 }],
      run: w.run.id,
      stage: 'Grading',
    })
    await ok('recordOutputs', {
      lines: [{ item: w.graded, quantity: 44 }],
      run: w.run.id,
      stage: 'Grading',
    })
    await ok('recordLosses', {
      lines: [{ item: w.polished, quantity: 2, type: 'rejection' }],
      run: w.run.id,
      stage: 'Grading',
    })
    expect(await at(w.graded, w.floor)).toBe(44)
    expect(await at(w.polished, w.virtual.loss!)).toBe(2)

    const summary = await summaryOf(w.run.id)
    expect(summary.stages.map((s: any) => [s.name, s.unit, s.totals.unaccounted])).toEqual([
      ['Rough Sorting', 'ct', '1'],
      ['Cutting', 'ct', '0'],
      ['Polishing', 'ct', '0'],
      ['Grading', 'ct', '0'],
    ])
    expect(summary.totals).toEqual([
      {
        inputs: '246',
        losses: '35',
        outputs: '210',
        rejection: '5',
        scrap: '7',
        unaccounted: '1',
        unit: 'ct',
        waste: '23',
      },
    ])
    const run = await payload.findByID({ collection: 'production-runs', id: w.run.id })
    expect(run.currentStageName).toBe('Grading')
    const recorded = await payload.count({
      collection: 'production-run-entries',
      where: { run: { equals: w.run.id } },
    })
    expect(recorded.totalDocs).toBe(15)
    // Double entry: every item sums to zero over all locations, virtual ones included.
    for (const item of [w.rough, w.sorted, w.lowGrade, newItem.id, w.polished, w.graded]) {
      const total = [...(await onHandOf(payload, item)).values()].reduce((a, b) => a + b, 0)
      expect(total).toBeCloseTo(0, 9)
    }
  })

  it('refuses over-consumption with a 409 and writes nothing, not even an item named inline', async () => {
    const w = await gemWorkshop()
    const before = await counts()
    const over = await record('Inputs', w, 'Rough Sorting', [
      { item: w.rough, quantity: 10 },
      { item: w.rough, quantity: 1000 },
    ])
    expect(over.status).toBe(409)
    expect(message(over.body)).toMatch(
      /lines\[1\]: not enough ROUGH-.* 90 available, 1000 required/,
    )
    expect(await counts()).toEqual(before)
    expect(await at(w.rough, w.floor)).toBe(100)

    const refused = await record('Outputs', w, 'Rough Sorting', [
      { newItem: { name: 'Dust', sku: `DUST-${w.tag}`, unit: 'ct' }, quantity: 1 },
      { item: 999_999, quantity: 1 },
    ])
    expect(refused.status).toBe(400)
    expect(message(refused.body)).toMatch(/lines\[1\]\.item: no item with id 999999/)
    expect(await counts()).toEqual(before)
  })

  it('answers bad input with a 4xx naming the field or the item', async () => {
    const w = await gemWorkshop()
    const stage = await record('Inputs', w, 'Tumbling', [{ item: w.rough, quantity: 1 }])
    expect(stage.status).toBe(400)
    expect(message(stage.body)).toMatch(
      /stage: "Tumbling" is not a stage of .*"Rough Sorting", "Cutting"/,
    )
    const quantity = await record('Inputs', w, 'Cutting', [{ item: w.rough, quantity: -2 }])
    expect(message(quantity.body)).toMatch(/lines\[0\]\.quantity: must be greater than zero/)
    const virtualFloor = await record('Inputs', w, 'Cutting', [
      { item: w.rough, location: w.virtual.loss, quantity: 1 },
    ])
    expect(message(virtualFloor.body)).toMatch(/lines\[0\]\.location: "Virtual \/ Loss" is virtual/)
    const noLines = await record('Inputs', w, 'Cutting', [])
    expect(message(noLines.body)).toMatch(/lines: must list at least one line/)
    const type = await record('Losses', w, 'Cutting', [
      { item: w.rough, quantity: 1, type: 'theft' },
    ])
    expect(message(type.body)).toMatch(/lines\[0\]\.type: must be one of waste, rejection, scrap/)
    const notIn = await record('Losses', w, 'Cutting', [
      { item: w.rough, quantity: 1, type: 'waste' },
    ])
    expect(notIn.status).toBe(400)
    expect(message(notIn.body)).toMatch(/lines\[0\]\.item: ROUGH-.* did not go into "Cutting"/)

    await ok('recordInputs', {
      lines: [{ item: w.rough, quantity: 5 }],
      run: w.run.id,
      stage: 'Cutting',
    })
    const tooMuch = await record('Losses', w, 'Cutting', [
      { item: w.rough, quantity: 3, type: 'waste' },
      { item: w.rough, quantity: 3, type: 'rejection' },
    ])
    expect(tooMuch.status).toBe(409)
    expect(message(tooMuch.body)).toMatch(
      /lines\[1\]\.quantity: "Cutting" holds only 2 ct of ROUGH-/,
    )

    const notAnItem = await record('Outputs', w, 'Cutting', [
      { item: w.sorted, newItem: { name: 'x', sku: 'y', unit: 'ct' }, quantity: 1 },
    ])
    expect(message(notAnItem.body)).toMatch(/lines\[0\]\.item: give an item or a newItem/)
    const sku = await record('Outputs', w, 'Cutting', [
      { newItem: { name: 'x', sku: `ROUGH-${w.tag}`, unit: 'ct' }, quantity: 1 },
    ])
    expect(message(sku.body)).toMatch(
      /lines\[0\]\.newItem\.sku: an item with SKU ROUGH-.* already exists/,
    )
  })

  it('refuses to scrap an item that has no scrap item, naming it', async () => {
    const w = await gemWorkshop()
    await payload.update({ collection: 'items', data: { scrapItem: null }, id: w.sorted })
    await ok('recordInputs', {
      lines: [{ item: w.rough, quantity: 10 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    await ok('recordOutputs', {
      lines: [{ item: w.sorted, quantity: 10 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    await ok('recordInputs', {
      lines: [{ item: w.sorted, quantity: 10 }],
      run: w.run.id,
      stage: 'Cutting',
    })
    const before = await counts()
    const refused = await record('Losses', w, 'Cutting', [
      { item: w.sorted, quantity: 1, type: 'scrap' },
    ])
    expect(refused.status).toBe(400)
    expect(message(refused.body)).toMatch(
      /lines\[0\]\.item: SORTED-.* has no scrap item, so it cannot be scrapped/,
    )
    expect(await counts()).toEqual(before)
  })

  it('records once per key: a retried request answers what it recorded', async () => {
    const w = await gemWorkshop()
    const body = {
      key: 'scale-1',
      lines: [{ item: w.rough, quantity: 7 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    }
    const first = await ok('recordInputs', body)
    const again = await ok('recordInputs', body)
    expect(again.replayed).toBe(true)
    expect(again.entries.map((e: any) => e.id)).toEqual(first.entries.map((e: any) => e.id))
    expect(await at(w.rough, w.floor)).toBe(93)
  })

  it('needs confirmation to rename or remove stages that runs recorded entries at; adding is free', async () => {
    const w = await gemWorkshop()
    await ok('recordInputs', {
      lines: [{ item: w.rough, quantity: 10 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    await ok('recordOutputs', {
      lines: [{ item: w.sorted, quantity: 9 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    const path = `/processes/${w.process.id}`
    const stages = w.process.stages.map(({ id, name }) => ({ id, name }))

    const added = await api.rest('PATCH', path, {
      body: { stages: [...stages, { name: 'Setting' }] },
      token: admin,
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const current = added.body.doc.stages.map(({ id, name }: any) => ({ id, name }))
    const renamedFree = await api.rest('PATCH', path, {
      body: {
        stages: current.map((s: any) =>
          s.name === 'Grading' ? { ...s, name: 'Grading & QA' } : s,
        ),
      },
      token: admin,
    })
    expect(renamedFree.status).toBe(200)
    const now = renamedFree.body.doc.stages.map(({ id, name }: any) => ({ id, name }))

    const rename = now.map((s: any) => (s.name === 'Rough Sorting' ? { ...s, name: 'Sorting' } : s))
    const refused = await api.rest('PATCH', path, { body: { stages: rename }, token: admin })
    expect(refused.status).toBe(400)
    expect(message(refused.body)).toMatch(
      /^confirm: renaming "Rough Sorting" to "Sorting" affects 1 run and 2 recorded entries; .*confirm: true/,
    )
    expect(
      (await payload.findByID({ collection: 'processes', id: w.process.id })).stages[0]!.name,
    ).toBe('Rough Sorting')

    const confirmed = await api.rest('PATCH', path, {
      body: { confirm: true, stages: rename },
      token: admin,
    })
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200)
    expect(confirmed.body.doc.confirm ?? null).toBeNull()
    const { docs: entries } = await payload.find({
      collection: 'production-run-entries',
      where: { run: { equals: w.run.id } },
    })
    expect(entries.map((e) => e.stageName)).toEqual(['Rough Sorting', 'Rough Sorting'])
    expect((await summaryOf(w.run.id)).stages[0]).toMatchObject({ name: 'Sorting', removed: false })
    const run = await payload.findByID({ collection: 'production-runs', id: w.run.id })
    expect(run.currentStageName).toBe('Sorting')

    // Removing it, over GraphQL: refused, then confirmed; the history keeps its name.
    const without = rename.filter((s: any) => s.name !== 'Sorting')
    const mutation = `mutation ($id: Int!, $data: mutationProcessUpdateInput!) { updateProcess(id: $id, data: $data) { stages { name } } }`
    const gqlRefused = await api.graphql(
      mutation,
      { data: { stages: without }, id: w.process.id },
      admin,
    )
    expect(gqlRefused.body.errors[0].extensions.data.errors[0].message).toMatch(
      /removing "Sorting" affects 1 run and 2 recorded entries/,
    )
    const gqlConfirmed = await api.graphql(
      mutation,
      { data: { confirm: true, stages: without }, id: w.process.id },
      admin,
    )
    expect(gqlConfirmed.body.errors).toBeUndefined()
    expect(gqlConfirmed.body.data.updateProcess.stages.map((s: any) => s.name)).toEqual([
      'Cutting',
      'Polishing',
      'Grading & QA',
      'Setting',
    ])
    const summary = await summaryOf(w.run.id)
    expect(summary.stages.at(-1)).toMatchObject({ name: 'Rough Sorting', removed: true })
    expect(summary.stages.at(-1).totals.inputs).toBe('10')

    const usage = await ok('processStageUsage', { process: w.process.id })
    expect(usage.stages.map((s: any) => s.entries)).toEqual([0, 0, 0, 0])
    // A process with runs stays.
    const deleted = await api.rest('DELETE', path, { token: admin })
    expect(deleted.status).toBe(409)
  })

  it('reverses an entry with its exact mirror: the same lots return, once', async () => {
    const w = await gemWorkshop()
    const before = await lotsAt(w.rough, w.floor)
    const input = await ok('recordInputs', {
      lines: [{ item: w.rough, quantity: 75 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    expect(await lotsAt(w.rough, w.floor)).toEqual({ [w.lotA]: 0, [w.lotB]: 25 })

    const reversed = await ok('reverseEntry', { entry: input.entries[0].id })
    expect(reversed.entry).toMatchObject({ kind: 'input', reverses: input.entries[0].id })
    expect(reversed.movements.map((m: any) => m.lot).sort()).toEqual([w.lotA, w.lotB].sort())
    expect(await lotsAt(w.rough, w.floor)).toEqual(before)
    const original = await payload.findByID({
      collection: 'production-run-entries',
      id: input.entries[0].id,
    })
    expect(original.reversedBy).toMatchObject({ id: reversed.entry.id })
    expect((await stageFigures(w.run.id, 'Rough Sorting')).totals.inputs).toBe('0')

    const movements = (await counts()).movements
    const again = await ok('reverseEntry', { entry: input.entries[0].id })
    expect(again).toMatchObject({ replayed: true })
    expect(again.entry.id).toBe(reversed.entry.id)
    expect((await counts()).movements).toBe(movements)
    const ofReversal = await action('reverseEntry', { entry: reversed.entry.id })
    expect(ofReversal.status).toBe(400)
    expect(message(ofReversal.body)).toMatch(/entry: entry \d+ is itself a reversal/)

    // An input whose material the stage lost, and an output already used, cannot be undone alone.
    const second = await ok('recordInputs', {
      lines: [{ item: w.rough, quantity: 20 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    await ok('recordLosses', {
      lines: [{ item: w.rough, quantity: 5, type: 'waste' }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    const lostInput = await action('reverseEntry', { entry: second.entries[0].id })
    expect(lostInput.status).toBe(409)
    expect(message(lostInput.body)).toMatch(/recorded as lost .* reverse those losses first/)
    const output = await ok('recordOutputs', {
      lines: [{ item: w.sorted, quantity: 15 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    })
    await ok('recordInputs', {
      lines: [{ item: w.sorted, quantity: 15 }],
      run: w.run.id,
      stage: 'Cutting',
    })
    const usedOutput = await action('reverseEntry', { entry: output.entries[0].id })
    expect(usedOutput.status).toBe(409)
    expect(message(usedOutput.body)).toMatch(/not enough SORTED-/)
  })

  it('completes a run only with the finalize permission; a completed run is locked', async () => {
    const w = await gemWorkshop()
    const operator = await api.login('operator@example.com', 'operator')
    const viewer = await api.login('viewer@example.com', 'viewer')
    const recorded = await ok(
      'recordInputs',
      { lines: [{ item: w.rough, quantity: 4 }], run: w.run.id, stage: 'Rough Sorting' },
      operator,
    )
    expect(recorded.entries[0].recordedByName).toBe('Olu Operator')
    const viewerRecords = await action(
      'recordInputs',
      { lines: [{ item: w.rough, quantity: 1 }], run: w.run.id, stage: 'Cutting' },
      viewer,
    )
    expect(viewerRecords.status).toBe(403)
    expect((await action('productionRunSummary', { run: w.run.id }, viewer)).status).toBe(200)

    const handWritten = await api.rest('PATCH', `/production-runs/${w.run.id}`, {
      body: { status: 'completed' },
      token: admin,
    })
    expect(handWritten.status).toBe(400)
    expect(message(handWritten.body)).toMatch(/status: changes only by completing the run/)
    const other = await api.rest('POST', '/processes', {
      body: { name: `Other ${w.tag}`, stages: [{ name: 'Only' }] },
      token: admin,
    })
    const switched = await api.rest('PATCH', `/production-runs/${w.run.id}`, {
      body: { process: other.body.doc.id },
      token: admin,
    })
    expect(switched.status).toBe(400)
    expect(message(switched.body)).toMatch(/process: RUN-\d+ has 1 recorded entry/)

    const refused = await action('completeRun', { run: w.run.id }, operator)
    expect(refused.status).toBe(403)
    expect(message(refused.body)).toMatch(/productionRuns\.finalize/)
    const completed = await ok('completeRun', { run: w.run.id })
    expect(completed).toMatchObject({ code: w.run.code, replayed: false, status: 'completed' })
    expect((await ok('completeRun', { run: w.run.id })).replayed).toBe(true)

    const before = await counts()
    const late = await record('Inputs', w, 'Cutting', [{ item: w.rough, quantity: 1 }])
    expect(late.status).toBe(409)
    expect(message(late.body)).toMatch(/is completed and locked/)
    const reverse = await action('reverseEntry', { entry: recorded.entries[0].id })
    expect(reverse.status).toBe(409)
    const edit = await api.rest('PATCH', `/production-runs/${w.run.id}`, {
      body: { description: 'changed' },
      token: admin,
    })
    expect(edit.status).toBe(409)
    const deleted = await api.rest('DELETE', `/production-runs/${w.run.id}`, { token: admin })
    expect(deleted.status).toBe(409)
    expect(await counts()).toEqual(before)
    const run = await payload.findByID({ collection: 'production-runs', id: w.run.id })
    expect(run).toMatchObject({ description: `Parcel ${w.tag}`, status: 'completed' })
  })

  it('records and summarizes over GraphQL with the same names and arguments', async () => {
    const w = await gemWorkshop()
    const vars = {
      lines: [{ item: w.rough, quantity: 12.5 }],
      run: w.run.id,
      stage: 'Rough Sorting',
    }
    const inputs = await api.graphql(
      `mutation ($run: Int!, $stage: String!, $lines: JSON!) { recordInputs(run: $run, stage: $stage, lines: $lines) }`,
      vars,
      admin,
    )
    expect(inputs.body.errors).toBeUndefined()
    expect(inputs.body.data.recordInputs.entries[0].quantity).toBe(12.5)
    const losses = await api.graphql(
      `mutation ($run: Int!, $stage: String!, $lines: JSON!, $key: String) { recordLosses(run: $run, stage: $stage, lines: $lines, key: $key) }`,
      { ...vars, key: 'gql', lines: [{ item: w.rough, quantity: 0.5, type: 'scrap' }] },
      admin,
    )
    expect(losses.body.errors).toBeUndefined()
    expect(await at(w.lowGrade, w.floor)).toBe(0.5)
    const summary = await api.graphql(
      `query ($run: Int!) { productionRunSummary(run: $run) }`,
      { run: w.run.id },
      admin,
    )
    expect(summary.body.data.productionRunSummary.stages[0].totals).toMatchObject({
      inputs: '12.5',
      scrap: '0.5',
      unaccounted: '12',
    })
    const refused = await api.graphql(
      `mutation ($run: Int!) { completeRun(run: $run) }`,
      { run: w.run.id },
      await api.login('operator@example.com', 'operator'),
    )
    expect(refused.body.errors?.[0]?.message).toMatch(/productionRuns\.finalize/)
  })

  it('seeds the gemstone process, its stock and two runs, idempotently', async () => {
    const seed = async () => {
      const req = await createLocalReq({}, payload)
      await initTransaction(req)
      try {
        const created: string[] = []
        await seedGemstones(req, created)
        await commitTransaction(req)
        return created
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    }
    // The demo seed (seededApp) already ran it: again, it creates nothing.
    expect(await seed()).toEqual([])
    const { totalDocs } = await payload.count({
      collection: 'processes',
      where: { name: { equals: 'Gemstone cutting' } },
    })
    expect(totalDocs).toBe(1)
    const { docs: runs } = await payload.find({
      collection: 'production-runs',
      sort: 'startedAt',
      where: { description: { in: ['January rough parcel', 'February rough parcel'] } },
    })
    expect(runs.map((r) => [r.status, r.currentStageName])).toEqual([
      ['completed', 'Grading'],
      ['in_progress', 'Cutting'],
    ])
    const summary = await summaryOf(runs[0]!.id)
    expect(summary.stages.map((s: any) => s.totals.unaccounted)).toEqual(['0', '0', '0', '0'])
    expect((await summaryOf(runs[1]!.id)).stages[0].totals.unaccounted).toBe('7')
    const { docs: lowGrade } = await payload.find({
      collection: 'items',
      where: { sku: { equals: 'GEM-LOWGRADE' } },
    })
    expect(lowGrade[0]!.onHand).toBe(24)
  })
})
