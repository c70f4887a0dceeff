import { beforeAll, describe, expect, it } from 'vitest'

import { recallCustomer, recallSalesOrder } from '../../demo/seed/demoRecall'
import { runSeed } from '../../demo/seed/runSeed'
import { apiClient } from '../support/apiClient'
import { testPayload } from '../support/testPayload'

type Node = { lot: number; quantity: null | string; through: Step[] }
type Step = { event: string; lots: Node[]; quantity: string }
type Trace = {
  backward: Node
  documents: Record<string, { salesOrder: null | { customer: { name: string }; number: string } }>
  forward: Node
  lots: Record<string, { code: string; item: { sku: string } }>
}

/** Every node of a tree, the root too. */
const nodesOf = (node: Node): Node[] => [
  node,
  ...node.through.flatMap((step) => step.lots.flatMap(nodesOf)),
]
const eventsOf = (node: Node): string[] =>
  node.through.flatMap((step) => [step.event, ...step.lots.flatMap(eventsOf)])

/** The demo's recall case, traced as a user would from the lots the README names. */
describe('the demo recall case', () => {
  let api: ReturnType<typeof apiClient>
  let token: string
  let payload: Awaited<ReturnType<typeof testPayload>>['payload']

  const lotId = async (code: string) => {
    const { docs } = await payload.find({ collection: 'lots', where: { code: { equals: code } } })
    expect(docs, `the lot ${code}`).toHaveLength(1)
    return docs[0]!.id
  }
  const trace = async (code: string): Promise<Trace> => {
    const { body, status } = await api.rest('POST', '/manufacturing/traceLot', {
      body: { lot: await lotId(code) },
      token,
    })
    expect(status, JSON.stringify(body)).toBe(200)
    return body
  }
  const executionId = async (lotLabel: string) =>
    (
      await payload.find({
        collection: 'executions',
        depth: 0,
        where: { lotLabel: { equals: lotLabel } },
      })
    ).docs[0]!.id
  const skusOf = (trace: Trace, node: Node) =>
    nodesOf(node).map((n) => trace.lots[String(n.lot)]!.item.sku)

  beforeAll(async () => {
    let config
    ;({ config, payload } = await testPayload())
    await runSeed(payload)
    api = apiClient(config)
    token = await api.login('planner@example.com', 'planner')
  })

  it('follows the flour lot into the pizzas, the trattoria’s sales order and its customer', async () => {
    const flour = await trace('FLOUR-RECALL')
    const pizza = `executions:${await executionId('L-PIZZA-RECALL')}`
    expect(flour.forward.through.map((step) => step.event)).toContain(pizza)
    const step = flour.forward.through.find((s) => s.event === pizza)!
    expect(step.quantity).toBe('10')
    expect(step.lots.map((n) => [flour.lots[String(n.lot)]!.item.sku, n.quantity])).toEqual([
      ['PIZZA', '40'],
    ])
    const { salesOrder } = flour.documents[pizza]!
    expect(salesOrder?.customer.name).toBe(recallCustomer.name)
    const { docs } = await payload.find({
      collection: 'sales-orders',
      where: { notes: { equals: recallSalesOrder.notes } },
    })
    expect(salesOrder?.number).toBe(docs[0]!.number)
    // Received from the supplier: nothing made it.
    expect(flour.backward.through).toEqual([])
  })

  it('follows the tomato lot through the shared sauce into pizza, lasagna and pasta', async () => {
    const tomato = await trace('TOMATO-RECALL')
    const [sauce] = tomato.forward.through
    expect(tomato.forward.through).toHaveLength(1)
    expect(sauce).toMatchObject({
      event: `executions:${await executionId('L-SAUCE-RECALL')}`,
      quantity: '24',
    })
    expect(skusOf(tomato, sauce!.lots[0]!)).toEqual(['SAUCE', 'PIZZA', 'LASAGNA', 'PASTA'])
    const events = eventsOf(tomato.forward)
    for (const label of ['L-PIZZA-RECALL', 'L-LASAGNA-RECALL', 'L-PASTA-RECALL'])
      expect(events).toContain(`executions:${await executionId(label)}`)
    const customers = events.map((event) => tomato.documents[event]?.salesOrder?.customer.name)
    expect(customers).toContain(recallCustomer.name)
  })

  it('finds backward, from a pizza of the order, the sauce, the tomatoes and the flour', async () => {
    const { docs } = await payload.find({
      collection: 'stock-movements',
      depth: 0,
      where: {
        reason: { equals: 'produce' },
        sourceCollection: { equals: 'executions' },
        sourceId: { equals: String(await executionId('L-PIZZA-RECALL')) },
      },
    })
    const pizzaLot = (await payload.findByID({ collection: 'lots', id: docs[0]!.lot as number }))
      .code
    const pizza = await trace(pizzaLot)
    const codes = nodesOf(pizza.backward).map((n) => pizza.lots[String(n.lot)]!.code)
    expect(codes).toEqual(expect.arrayContaining(['FLOUR-RECALL', 'TOMATO-RECALL']))
    expect(skusOf(pizza, pizza.backward)).toEqual(
      expect.arrayContaining(['PIZZA', 'SAUCE', 'TOMATO', 'FLOUR', 'MOZZ']),
    )
  })
})
