import { beforeAll, describe, expect, it } from 'vitest'

import { errorMessage, tableAndDough } from '../support/orderFixtures'
import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

/**
 * What an execution or a manufacturing order consumes and produces comes from its recipe. An
 * operator may move it through the workflow and scale it, but changing its product, recipe,
 * requirements, ingredients, operations or outputs needs the override-recipe permission, over
 * REST, GraphQL and the Local API alike: refused with a 403 naming the field, nothing written.
 */
describe('changing what production consumes needs override-recipe', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let operator: string
  let operatorUser: any
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    operator = await api.login('operator@example.com', 'operator')
    operatorUser = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'operator@example.com' } },
      })
    ).docs[0]
    s = await statusesByName(payload)
  })

  const refusedFor = (answer: { body: any; status: number }, field: string, key: string) => {
    expect(answer.status, JSON.stringify(answer.body)).toBe(403)
    expect(errorMessage(answer.body)).toContain(`change "${field}"`)
    expect(errorMessage(answer.body)).toContain(`"${key}"`)
  }

  describe('executions', () => {
    let f: Awaited<ReturnType<typeof toyFixtures>>
    let execution: any

    beforeAll(async () => {
      f = await toyFixtures(payload)
      const { body, status } = await api.rest('POST', '/executions', {
        body: {
          plannedQuantity: 5,
          product: f.toy,
          productionDate: '2026-11-23',
          productionFloor: f.floor,
        },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(201)
      execution = body.doc
    })
    const stored = async () =>
      payload.findByID({ collection: 'executions', depth: 0, id: execution.id })
    const rows = (doc: any) =>
      doc.requirements.map((r: any) => ({
        item: r.item.id ?? r.item,
        kind: r.kind,
        requiredQuantity: r.requiredQuantity,
      }))
    const patch = (body: Record<string, unknown>, token = operator) =>
      api.rest('PATCH', `/executions/${execution.id}`, { body, token })

    it('refuses requirements, a requirement row, the product and the recipe over REST; nothing written', async () => {
      const before = await stored()
      const [plastic, paint] = rows(before)
      refusedFor(
        await patch({ requirements: [{ item: f.paint, requiredQuantity: 0.001 }] }),
        'requirements',
        'executions.overrideRecipe',
      )
      refusedFor(
        await patch({ requirements: [plastic, { ...paint, requiredQuantity: 0.001 }] }),
        'requirements',
        'executions.overrideRecipe',
      )
      refusedFor(
        await patch({ requirements: [plastic, { ...paint, item: f.plastic }] }),
        'requirements',
        'executions.overrideRecipe',
      )
      refusedFor(
        await patch({ requirements: [plastic] }),
        'requirements',
        'executions.overrideRecipe',
      )
      refusedFor(await patch({ product: f.plastic }), 'product', 'executions.overrideRecipe')
      refusedFor(await patch({ bom: null }), 'bom', 'executions.overrideRecipe')
      expect(await stored()).toEqual(before)
    })

    it('refuses them over GraphQL and the Local API without access overridden', async () => {
      const before = await stored()
      const graphql = await api.graphql(
        `mutation ($id: Int!, $item: Int!) { updateExecution(id: $id, data: { requirements: [{ item: $item, requiredQuantity: 0.001, kind: supplied }] }) { id } }`,
        { id: execution.id, item: f.paint },
        operator,
      )
      expect(graphql.body.errors[0].message).toMatch(
        /change "requirements".*"executions\.overrideRecipe"/,
      )
      await expect(
        payload.update({
          collection: 'executions',
          data: { product: f.plastic },
          id: execution.id,
          overrideAccess: false,
          user: { ...operatorUser, collection: 'users' },
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect(await stored()).toEqual(before)
    })

    it('lets the operator save what it was sent back, move it and scale it; the move consumes the recipe', async () => {
      const before = await stored()
      const resent = await patch({
        bom: before.bom,
        product: before.product,
        requirements: before.requirements,
        status: s.Assembly,
      })
      expect(resent.status, JSON.stringify(resent.body)).toBe(200)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(90)
      expect((await patch({ status: s.Painting })).status).toBe(200)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(45)
      expect((await patch({ status: s.Plan })).status).toBe(200)
      const scaled = await patch({ plannedQuantity: 2 })
      expect(scaled.status, JSON.stringify(scaled.body)).toBe(200)
      expect(rows(await stored()).map((r: any) => r.requiredQuantity)).toEqual([4, 2])
    })

    it('lets a user holding override-recipe change the requirements', async () => {
      const changed = await patch({ requirements: [{ item: f.paint, requiredQuantity: 1 }] }, admin)
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      expect(rows(await stored())).toEqual([
        { item: f.paint, kind: 'supplied', requiredQuantity: 1 },
      ])
    })
  })

  describe('manufacturing orders', () => {
    let f: Awaited<ReturnType<typeof tableAndDough>>
    let order: any

    beforeAll(async () => {
      f = await tableAndDough(payload)
      const { body, status } = await api.rest('POST', '/manufacturing-orders', {
        body: { location: f.floor, product: f.table, quantity: 2 },
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(201)
      order = body.doc
    })
    const stored = async () =>
      payload.findByID({ collection: 'manufacturing-orders', depth: 0, id: order.id })
    const patch = (body: Record<string, unknown>, token = operator) =>
      api.rest('PATCH', `/manufacturing-orders/${order.id}`, { body, token })
    const key = 'manufacturingOrders.overrideRecipe'

    it('refuses the product, recipe, snapshot, ingredients, operations and outputs; nothing written', async () => {
      const before = await stored()
      const [top, ...rest] = before.ingredients!
      refusedFor(
        await patch({ ingredients: [{ ...top, plannedQuantity: 0.001 }, ...rest] }),
        'ingredients',
        key,
      )
      refusedFor(
        await patch({ ingredients: [{ ...top, item: f.flour }, ...rest] }),
        'ingredients',
        key,
      )
      refusedFor(
        await patch({
          ingredients: [...before.ingredients!, { item: f.flour, plannedQuantity: 1 }],
        }),
        'ingredients',
        key,
      )
      refusedFor(
        await patch({ operations: [{ crewSize: 1, plannedMinutes: 600, step: 'Extra' }] }),
        'operations',
        key,
      )
      refusedFor(
        await patch({ outputs: [{ batchNumber: 1, completedQuantity: 99, plannedQuantity: 99 }] }),
        'outputs',
        key,
      )
      refusedFor(await patch({ recipe: { basis: 'per_unit', outputQuantity: 10 } }), 'recipe', key)
      refusedFor(await patch({ product: f.dough }), 'product', key)
      refusedFor(await patch({ bom: f.doughBom }), 'bom', key)
      const graphql = await api.graphql(
        `mutation ($id: Int!, $item: Int!) { updateManufacturingOrder(id: $id, data: { ingredients: [{ item: $item, plannedQuantity: 0.001 }] }) { id } }`,
        { id: order.id, item: f.flour },
        operator,
      )
      expect(graphql.body.errors[0].message).toMatch(
        /change "ingredients".*"manufacturingOrders\.overrideRecipe"/,
      )
      await expect(
        payload.update({
          collection: 'manufacturing-orders',
          data: { product: f.dough },
          id: order.id,
          overrideAccess: false,
          user: { ...operatorUser, collection: 'users' },
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect(await stored()).toEqual(before)
    })

    it('lets the operator scale the order and record what was actually used; the plugin rescales the plan', async () => {
      const before = await stored()
      const scaled = await patch({ ingredients: before.ingredients, quantity: 3 })
      expect(scaled.status, JSON.stringify(scaled.body)).toBe(200)
      const after = await stored()
      expect(after.ingredients!.map((row) => row.plannedQuantity)).toEqual([3, 15, 12])
      const [top, ...rest] = after.ingredients!
      const recorded = await patch({ ingredients: [{ ...top, actualOverride: 2.5 }, ...rest] })
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
      expect((await stored()).ingredients![0]!.actualOverride).toBe(2.5)
    })

    it('lets a user holding override-recipe change an ingredient, and refresh the recipe', async () => {
      const before = await stored()
      const [top, ...rest] = before.ingredients!
      const changed = await patch({ ingredients: [{ ...top, plannedQuantity: 4 }, ...rest] }, admin)
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      expect((await stored()).ingredients![0]!.plannedQuantity).toBe(4)
      const refreshed = await api.rest('POST', '/manufacturing/refreshOrderRecipe', {
        body: { id: order.id },
        token: admin,
      })
      expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200)
      expect((await stored()).ingredients![0]!.plannedQuantity).toBe(3)
    })
  })
})
