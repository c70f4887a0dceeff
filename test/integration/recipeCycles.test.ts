import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type SecondProcess, startSecondProcess, until } from '../support/secondProcess'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * Two requests that each add half of a cycle (A needs B; B needs A) read the recipe graph before
 * either writes: unless recipe changes take turns, both find no cycle and both are stored. They
 * take a Postgres advisory lock, so exactly one of them succeeds, from one app process or two.
 */
describe('recipes changed at once never close a cycle', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let second: SecondProcess | undefined
  let counter = 0

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })
  afterAll(() => second?.stop())

  /** Two products with a recipe each, both made of plain flour: no cycle yet. */
  const pair = async () => {
    const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
    const item = async (sku: string, kind: 'material' | 'product') =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs' },
        })
      ).id
    const flour = await item('FLOUR', 'material')
    const [a, b] = [await item('A', 'product'), await item('B', 'product')]
    const recipe = async (product: number) =>
      (
        await payload.create({
          collection: 'boms',
          data: {
            basis: 'per_unit',
            components: [{ item: flour, quantity: 1 }],
            outputQuantity: 1,
            product,
          },
        })
      ).id
    return { a, b, bomA: await recipe(a), bomB: await recipe(b), flour, tag }
  }
  const needs = (bom: number, item: number, flour: number) => ({
    body: {
      components: [
        { item: flour, quantity: 1 },
        { item, quantity: 2 },
      ],
    },
    method: 'PATCH' as const,
    path: `/boms/${bom}`,
  })
  const cyclesStored = async (p: Awaited<ReturnType<typeof pair>>) => {
    const { docs } = await payload.find({
      collection: 'boms',
      depth: 0,
      where: { id: { in: [p.bomA, p.bomB] } },
    })
    return docs.filter((bom) =>
      (bom.components ?? []).some((c) => [p.a, p.b].includes(c.item as number)),
    ).length
  }
  const expectOneRefusedWithItsCycle = (
    answers: { body: any; status: number }[],
    p: Awaited<ReturnType<typeof pair>>,
  ) => {
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses, JSON.stringify(answers.map((a) => a.body))).toEqual([200, 400])
    const refused = answers.find((answer) => answer.status === 400)!
    const error = refused.body.errors[0].data.errors[0]
    expect(error.path).toBe('components')
    expect(error.message).toMatch(
      new RegExp(
        `cycle: (A ${p.tag} → B ${p.tag} → A ${p.tag}|B ${p.tag} → A ${p.tag} → B ${p.tag})`,
      ),
    )
  }

  it('stores exactly one half of a cycle sent at once from one process, in both orders', async () => {
    for (let round = 0; round < 12; round++) {
      const p = await pair()
      const halves = [needs(p.bomA, p.b, p.flour), needs(p.bomB, p.a, p.flour)]
      if (round % 2 === 1) halves.reverse()
      const answers = await Promise.all(
        halves.map((half) => api.rest(half.method, half.path, { body: half.body, token: admin })),
      )
      expectOneRefusedWithItsCycle(answers, p)
      expect(await cyclesStored(p)).toBe(1)
    }
  })

  it('stores exactly one half of a cycle sent at once from two app processes, in both orders', async () => {
    second = await startSecondProcess(admin)
    for (let round = 0; round < 6; round++) {
      const p = await pair()
      const [here, there] =
        round % 2 === 0
          ? [needs(p.bomA, p.b, p.flour), needs(p.bomB, p.a, p.flour)]
          : [needs(p.bomB, p.a, p.flour), needs(p.bomA, p.b, p.flour)]
      const at = Date.now() + 300
      const fromThere = second.send(at, [there])
      await until(at)
      const fromHere = await api.rest(here.method, here.path, { body: here.body, token: admin })
      const answers = [fromHere, ...(await fromThere).answers]
      expectOneRefusedWithItsCycle(answers, p)
      expect(await cyclesStored(p)).toBe(1)
    }
  })

  it('refuses executions and orders from a recipe whose sub-recipes loop, naming the cycle', async () => {
    const p = await pair()
    const half = needs(p.bomA, p.b, p.flour)
    expect((await api.rest(half.method, half.path, { body: half.body, token: admin })).status).toBe(
      200,
    )
    // Saving the other half is refused, so close the cycle behind the hooks' back.
    await (payload.db as any).drizzle.execute(
      `update boms_components set item_id = ${p.a} where _parent_id = ${p.bomB}`,
    )
    const before = await payload.count({ collection: 'executions' })
    const { body, status } = await api.rest('POST', '/manufacturing/createExecutionsFromBoms', {
      body: { lines: [{ bom: p.bomA, quantity: 1 }] },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(400)
    expect(JSON.stringify(body)).toContain(`A ${p.tag} → B ${p.tag} → A ${p.tag}`)
    expect(JSON.stringify(body)).toContain('lines[0].bom')
    expect(await payload.count({ collection: 'executions' })).toEqual(before)
    const orders = await payload.count({ collection: 'manufacturing-orders' })
    const order = await api.rest('POST', '/manufacturing/createManufacturingOrdersFromBoms', {
      body: { lines: [{ bom: p.bomA, quantity: 1 }] },
      token: admin,
    })
    expect(order.status, JSON.stringify(order.body)).toBe(400)
    expect(JSON.stringify(order.body)).toContain(
      `lines[0].bom: its recipe's sub-recipes loop: A ${p.tag} → B ${p.tag} → A ${p.tag}`,
    )
    expect(await payload.count({ collection: 'manufacturing-orders' })).toEqual(orders)
    const customer = await payload.create({ collection: 'customers', data: { name: `C ${p.tag}` } })
    const sale = await payload.create({
      collection: 'sales-orders',
      data: { customer: customer.id, lines: [{ item: p.a, quantity: 1 }] },
    })
    for (const action of [
      'createExecutionsFromSalesOrder',
      'createManufacturingOrdersFromSalesOrder',
    ]) {
      const made = await api.rest('POST', `/manufacturing/${action}`, {
        body: { salesOrder: sale.id },
        token: admin,
      })
      expect(made.status, JSON.stringify(made.body)).toBe(400)
      expect(JSON.stringify(made.body)).toContain(`A ${p.tag} → B ${p.tag} → A ${p.tag}`)
    }
    expect(await payload.count({ collection: 'executions' })).toEqual(before)
    expect(await payload.count({ collection: 'manufacturing-orders' })).toEqual(orders)
  })
})
