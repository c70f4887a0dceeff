import { beforeAll, describe, expect, it } from 'vitest'

import { inventoryFixtures } from '../support/inventoryFixtures'
import { toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

type Answer = { body: any; status: number }

/** The code a refusal carries: REST's `errors[0].data.code`, GraphQL's in its extensions. */
const restCode = (answer: Answer) => [answer.status, answer.body.errors?.[0]?.data?.code]
const graphqlCode = (answer: Answer) => {
  const error = answer.body.errors?.[0]
  return [error?.extensions?.statusCode, error?.extensions?.data?.code]
}

const postMutation = `mutation ($key: String!, $lines: JSON!) { postStockMovements(key: $key, lines: $lines) }`

describe('refusals carry a code beside their message, over REST and GraphQL', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
  })

  it('insufficient_stock: a posting that takes more than is there (409)', async () => {
    const f = await inventoryFixtures(payload)
    const lines = [
      { from: f.warehouse, item: f.item, quantity: 5, reason: 'transfer', to: f.floor },
    ]
    const rest = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: { key: `short-${f.tag}`, lines },
      token: admin,
    })
    expect(restCode(rest)).toEqual([409, 'insufficient_stock'])
    expect(rest.body.errors[0].message).toMatch(/^lines\[0\]: not enough FLOUR-/)
    expect(rest.body.errors[0].data).toMatchObject({ available: '0', item: f.item, required: '5' })
    const graphql = await api.graphql(postMutation, { key: `short-gql-${f.tag}`, lines }, admin)
    expect(graphqlCode(graphql)).toEqual([409, 'insufficient_stock'])
    expect(graphql.body.errors[0].message).toBe(rest.body.errors[0].message)
  })

  it('invalid: a field that is wrong, named in data.errors (400)', async () => {
    const f = await inventoryFixtures(payload)
    const lines = [
      { from: f.warehouse, item: f.item, quantity: 0, reason: 'transfer', to: f.floor },
    ]
    const rest = await api.rest('POST', '/manufacturing/postStockMovements', {
      body: { key: `zero-${f.tag}`, lines },
      token: admin,
    })
    expect(restCode(rest)).toEqual([400, 'invalid'])
    expect(rest.body.errors[0].data.errors[0].path).toBe('lines[0].quantity')
    const graphql = await api.graphql(postMutation, { key: `zero-gql-${f.tag}`, lines }, admin)
    expect(graphqlCode(graphql)).toEqual([400, 'invalid'])
  })

  it('not_found: an argument naming no document (404)', async () => {
    const rest = await api.rest('POST', '/manufacturing/planCostVariance', {
      body: { plan: 999_999_999 },
      token: admin,
    })
    expect(restCode(rest)).toEqual([404, 'not_found'])
    expect(rest.body.errors[0].message).toBe('plan: no production plan with id 999999999')
    const graphql = await api.graphql(
      'query ($plan: Int!) { planCostVariance(plan: $plan) }',
      { plan: 999_999_999 },
      admin,
    )
    expect(graphqlCode(graphql)).toEqual([404, 'not_found'])
  })

  it('cycle: a recipe whose components would make its product from itself (400)', async () => {
    const tag = `${Date.now().toString(36)}`
    const item = async (sku: string, kind: 'material' | 'product') =>
      (
        await payload.create({
          collection: 'items',
          data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs' },
        })
      ).id
    const flour = await item('FLOUR', 'material')
    const [a, b] = [await item('A', 'product'), await item('B', 'product')]
    const recipe = (product: number, components: { item: number; quantity: number }[]) =>
      payload.create({
        collection: 'boms',
        data: { basis: 'per_unit', components, outputQuantity: 1, product },
      })
    await recipe(a, [{ item: b, quantity: 1 }])
    const bomB = await recipe(b, [{ item: flour, quantity: 1 }])
    const rest = await api.rest('PATCH', `/boms/${bomB.id}`, {
      body: { components: [{ item: a, quantity: 1 }] },
      token: admin,
    })
    expect(restCode(rest)).toEqual([400, 'cycle'])
    expect(rest.body.errors[0].data.errors[0].path).toBe('components')
    const graphql = await api.graphql(
      'mutation ($id: Int!, $a: Int!) { updateBom(id: $id, data: { components: [{ item: $a, quantity: 1 }] }) { id } }',
      { a, id: bomB.id },
      admin,
    )
    expect(graphqlCode(graphql)).toEqual([400, 'cycle'])
  })

  // Edit locks hold over REST, where Payload asks for them; its GraphQL resolvers, like the Local
  // API, do not.
  it('locked: a document another user holds open (423)', async () => {
    const f = await toyFixtures(payload)
    const planner = await api.login('planner@example.com', 'planner')
    const execution = await payload.create({
      collection: 'executions',
      data: {
        plannedQuantity: 1,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      } as any,
    })
    const adminUser = (
      await payload.find({ collection: 'users', where: { email: { equals: 'admin@example.com' } } })
    ).docs[0]!
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'executions', value: execution.id },
        globalSlug: null,
        user: { relationTo: 'users', value: adminUser.id },
      },
    })
    const rest = await api.rest('PATCH', `/executions/${execution.id}`, {
      body: { lotLabel: 'taken over' },
      token: planner,
    })
    expect(restCode(rest)).toEqual([423, 'locked'])
    expect(rest.body.errors[0].message).toBe(
      `Document with ID ${execution.id} is currently locked by another user and cannot be modified.`,
    )
  })
})
