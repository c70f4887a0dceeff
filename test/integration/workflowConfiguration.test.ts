import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('configuring the workflow: recipes, statuses and rules', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>
  let settings: Record<string, any>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
    settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
  })
  afterEach(async () => {
    const { conditionalRules, defaultStatus, rules } = settings
    await payload.updateGlobal({
      data: { conditionalRules, defaultStatus, rules },
      slug: 'production-settings',
    })
  })

  const bom = (body: Record<string, unknown>) =>
    api.rest('POST', '/boms', {
      body: { basis: 'per_unit', outputQuantity: 1, ...body },
      token: admin,
    })
  const createExecution = (f: Awaited<ReturnType<typeof toyFixtures>>, plannedQuantity: number) =>
    api.rest('POST', '/executions', {
      body: {
        plannedQuantity,
        product: f.toy,
        productionDate: '2026-11-23',
        productionFloor: f.floor,
      },
      token: admin,
    })
  const errorOf = (response: { body: any }) =>
    response.body.errors?.[0]?.data?.errors?.[0] ?? response.body.errors?.[0]

  describe('BOMs', () => {
    it('refuses a cycle at any depth with its path', async () => {
      const f = await toyFixtures(payload)
      const product = async (sku: string) =>
        (
          await payload.create({
            collection: 'items',
            data: { kind: 'product', name: `${sku}-${f.tag}`, sku: `${sku}-${f.tag}`, unit: 'pcs' },
          })
        ).id
      const [a, b, c] = [await product('A'), await product('B'), await product('C')]
      expect((await bom({ components: [{ item: b, quantity: 1 }], product: a })).status).toBe(201)
      expect((await bom({ components: [{ item: c, quantity: 2 }], product: b })).status).toBe(201)
      const cycle = await bom({ components: [{ item: a, quantity: 1 }], product: c })
      expect(cycle.status).toBe(400)
      expect(errorOf(cycle)).toMatchObject({ path: 'components' })
      expect(errorOf(cycle).message).toContain(`C-${f.tag} → A-${f.tag} → B-${f.tag} → C-${f.tag}`)
      const itself = await bom({
        components: [{ item: a, quantity: 1 }],
        product: a,
        active: false,
      })
      expect(itself.status).toBe(201)
      const activated = await api.rest('PATCH', `/boms/${itself.body.doc.id}`, {
        body: { active: true },
        token: admin,
      })
      expect(activated.status).toBe(400)
    })

    it('refuses zero or negative quantities, a resource of the wrong kind, and a second active recipe', async () => {
      const f = await toyFixtures(payload)
      const zero = await bom({ components: [{ item: f.plastic, quantity: 0 }], product: f.toy })
      expect(zero.status).toBe(400)
      expect(errorOf(zero)).toMatchObject({ path: 'components[0].quantity' })
      const output = await bom({ components: [], outputQuantity: -1, product: f.toy })
      expect(errorOf(output)).toMatchObject({ path: 'outputQuantity' })
      const resource = await bom({
        operations: [{ crewSize: 1, minutes: 10, resource: f.paint, step: 'Paint' }],
        product: f.toy,
      })
      expect(resource.status).toBe(400)
      expect(errorOf(resource)).toMatchObject({ path: 'operations[0].resource' })
      expect(errorOf(resource).message).toMatch(/is a material, not a resource/)
      const second = await bom({ components: [{ item: f.plastic, quantity: 1 }], product: f.toy })
      expect(second.status).toBe(400)
      expect(errorOf(second).message).toMatch(/already has an active recipe/)
    })
  })

  describe('rules', () => {
    it('refuses a conditional rule at or after its general rule, naming the rule', async () => {
      const plasticsAt = (status: number) =>
        api.rest('POST', '/globals/production-settings', {
          body: {
            conditionalRules: [
              {
                action: 'deduct_materials',
                categories: [settings.conditionalRules[0].categories[0]],
                status,
              },
            ],
          },
          token: admin,
        })
      const refused = await plasticsAt(s.Packaging)
      expect(refused.status).toBe(400)
      expect(errorOf(refused)).toMatchObject({ path: 'conditionalRules[0].status' })
      expect(errorOf(refused).message).toMatch(/strictly before Painting/)
      const accepted = await plasticsAt(s.Plan)
      expect(accepted.status).toBe(200)
    })

    it('refuses dragging a status where it would break a conditional rule', async () => {
      const { docs } = await payload.find({ collection: 'production-statuses', sort: '_order' })
      const painting = docs.find((d) => d.name === 'Painting')!
      const moved = await api.rest('POST', '/reorder', {
        body: {
          collectionSlug: 'production-statuses',
          docsToMove: [s.Assembly],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: painting.id, key: painting._order },
        },
        token: admin,
      })
      expect(moved.status).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(moved.body)).toMatch(/conditional rule 1/)
      expect(Object.keys(await statusesByName(payload))).toEqual([
        'Plan',
        'Assembly',
        'Painting',
        'Packaging',
        'Completed',
      ])
    })

    it('reverses what an execution deleted in the initial status had posted', async () => {
      const f = await toyFixtures(payload)
      await payload.updateGlobal({
        data: {
          conditionalRules: [
            { action: 'deduct_materials', categories: [f.plastics], status: s.Plan },
          ],
        },
        slug: 'production-settings',
      })
      const { body } = await createExecution(f, 5)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(90)
      expect(
        (await api.rest('DELETE', `/executions/${body.doc.id}`, { token: admin })).status,
      ).toBe(200)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(100)
    })
  })

  describe('statuses', () => {
    /** A new status placed right after `after`. */
    const placeStatus = async (name: string, after: number) => {
      const created = await api.rest('POST', '/production-statuses', {
        body: { color: 'teal', icon: 'flag', name },
        token: admin,
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id as number
      const target = await payload.findByID({ collection: 'production-statuses', id: after })
      const placed = await api.rest('POST', '/reorder', {
        body: {
          collectionSlug: 'production-statuses',
          docsToMove: [id],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: after, key: target._order },
        },
        token: admin,
      })
      expect(placed.status, JSON.stringify(placed.body)).toBe(200)
      return id
    }

    it('keeps documents in a renamed status', async () => {
      const f = await toyFixtures(payload)
      const { body } = await api.rest('POST', '/executions', {
        body: {
          plannedQuantity: 1,
          product: f.toy,
          productionDate: '2026-11-23',
          productionFloor: f.floor,
          status: s.Packaging,
        },
        token: admin,
      })
      const renamed = await api.rest('PATCH', `/production-statuses/${s.Packaging}`, {
        body: { name: 'Boxing' },
        token: admin,
      })
      expect(renamed.status).toBe(200)
      const after = await api.rest('GET', `/executions/${body.doc.id}`, { token: admin })
      expect(after.body.status.name).toBe('Boxing')
      await api.rest('PATCH', `/production-statuses/${s.Packaging}`, {
        body: { name: 'Packaging' },
        token: admin,
      })
    })

    it('deletes a status only into a replacement: documents move with their postings, rules are re-pointed', async () => {
      const f = await toyFixtures(payload)
      const labour = await payload.create({
        collection: 'items',
        data: {
          kind: 'resource',
          name: `Hours ${f.tag}`,
          sku: `H-${f.tag}`,
          standardCost: 30,
          unit: 'h',
        },
      })
      await payload.create({
        collection: 'inventory-adjustments',
        data: { lines: [{ item: labour.id, quantityDelta: 10 }], location: f.floor, type: 'found' },
      })
      const created = await api.rest('POST', '/production-statuses', {
        body: { color: 'teal', icon: 'flag', name: `Quality ${f.tag}` },
        token: admin,
      })
      expect(created.status).toBe(201)
      const quality = created.body.doc.id
      const { docs } = await payload.find({ collection: 'production-statuses', sort: '_order' })
      const painting = docs.find((d) => d.name === 'Painting')!
      const placed = await api.rest('POST', '/reorder', {
        body: {
          collectionSlug: 'production-statuses',
          docsToMove: [quality],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: painting.id, key: painting._order },
        },
        token: admin,
      })
      expect(placed.status).toBe(200)
      expect(Object.values(await statusesByName(payload)).indexOf(quality)).toBe(3)
      await payload.updateGlobal({
        data: { rules: { ...settings.rules, deductResources: quality } },
        slug: 'production-settings',
      })
      const execution = await createExecution(f, 5)
      const id = execution.body.doc.id
      const requirements = execution.body.doc.requirements.map((r: any) => ({
        ...r,
        item: r.item.id,
      }))
      await api.rest('PATCH', `/executions/${id}`, {
        body: {
          requirements: [...requirements, { item: labour.id, requiredQuantity: 3 }],
          status: quality,
        },
        token: admin,
      })
      expect(await onHandAt(payload, labour.id, f.floor)).toBe(7)

      const refused = await api.rest('DELETE', `/production-statuses/${quality}`, { token: admin })
      expect(refused.status).toBe(400)
      expect(errorOf(refused)).toMatchObject({ path: 'replacement' })
      expect(errorOf(refused).message).toMatch(/needs a replacement status/)

      const deleted = await api.graphql(
        `mutation ($id: Int!, $replacement: Int!) { deleteProductionStatus(id: $id, replacement: $replacement) }`,
        { id: quality, replacement: s.Packaging },
        admin,
      )
      expect(deleted.body.errors).toBeUndefined()
      const moved = await payload.findByID({ collection: 'executions', depth: 0, id })
      expect(moved.status).toBe(s.Packaging)
      const now = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
      expect(now.rules?.deductResources).toBe(s.Packaging)
      expect(await onHandAt(payload, labour.id, f.floor)).toBe(7)
      // The labour posted at the deleted status now counts as due at its replacement.
      await api.rest('PATCH', `/executions/${id}`, { body: { status: s.Painting }, token: admin })
      expect(await onHandAt(payload, labour.id, f.floor)).toBe(10)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(90)
    })

    it('moves manufacturing orders in a deleted status to its replacement, with their postings', async () => {
      const f = await toyFixtures(payload)
      const created = await api.rest('POST', '/production-statuses', {
        body: { color: 'teal', icon: 'flag', name: `Inspection ${f.tag}` },
        token: admin,
      })
      expect(created.status).toBe(201)
      const inspection = created.body.doc.id
      const { docs } = await payload.find({ collection: 'production-statuses', sort: '_order' })
      const painting = docs.find((d) => d.name === 'Painting')!
      const placed = await api.rest('POST', '/reorder', {
        body: {
          collectionSlug: 'production-statuses',
          docsToMove: [inspection],
          newKeyWillBe: 'greater',
          orderableFieldName: '_order',
          target: { id: painting.id, key: painting._order },
        },
        token: admin,
      })
      expect(placed.status).toBe(200)
      const order = await api.rest('POST', '/manufacturing-orders', {
        body: { location: f.floor, product: f.toy, quantity: 2 },
        token: admin,
      })
      expect(order.status, JSON.stringify(order.body)).toBe(201)
      const id = order.body.doc.id
      const moved = await api.rest('PATCH', `/manufacturing-orders/${id}`, {
        body: { status: inspection },
        token: admin,
      })
      expect(moved.status, JSON.stringify(moved.body)).toBe(200)
      // Plastics are deducted at Assembly, the rest of the materials at Painting.
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(96)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(48)

      const deleted = await api.rest('POST', '/manufacturing/deleteProductionStatus', {
        body: { id: inspection, replacement: s.Assembly },
        token: admin,
      })
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
      const now = await payload.findByID({ collection: 'manufacturing-orders', depth: 0, id })
      expect(now.status).toBe(s.Assembly)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(96)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(50)
      expect(
        await payload.count({
          collection: 'production-statuses',
          where: { id: { equals: inspection } },
        }),
      ).toEqual({ totalDocs: 0 })
    })

    it('deletes a status all or nothing: one document that cannot move keeps every document, the status and the rules', async () => {
      // 10 plastic: the first execution's move to Assembly takes 4, the second's would need 10.
      const f = await toyFixtures(payload, { paint: 50, plastic: 10 })
      const staging = await placeStatus(`Staging ${f.tag}`, s.Plan)
      await payload.updateGlobal({
        data: { rules: { ...settings.rules, deductResources: staging } },
        slug: 'production-settings',
      })
      const inStaging = async (plannedQuantity: number) => {
        const { body, status } = await api.rest('POST', '/executions', {
          body: {
            plannedQuantity,
            product: f.toy,
            productionDate: '2026-11-23',
            productionFloor: f.floor,
            status: staging,
          },
          token: admin,
        })
        expect(status, JSON.stringify(body)).toBe(201)
        return body.doc as { code: string; id: number }
      }
      const first = await inStaging(2)
      const second = await inStaging(5)
      const unchanged = async () => {
        const { docs } = await payload.find({
          collection: 'executions',
          depth: 0,
          sort: 'id',
          where: { id: { in: [first.id, second.id] } },
        })
        expect(docs.map((doc) => doc.status)).toEqual([staging, staging])
        expect(await onHandAt(payload, f.plastic, f.floor)).toBe(10)
        expect(await onHandAt(payload, f.paint, f.floor)).toBe(50)
        expect(
          (
            await payload.count({
              collection: 'production-statuses',
              where: { id: { equals: staging } },
            })
          ).totalDocs,
        ).toBe(1)
        const now = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
        expect(now.rules?.deductResources).toBe(staging)
        const { rows } = await (payload.db as any).drizzle.execute(
          `select count(*)::int as n from status_postings where due_status_id = ${s.Assembly}
           and document_collection = 'executions' and document_id in (${first.id}, ${second.id})`,
        )
        expect(rows[0].n).toBe(0)
      }

      const rest = await api.rest(
        'DELETE',
        `/production-statuses/${staging}?replacement=${s.Assembly}`,
        { token: admin },
      )
      // 409: the request is well-formed, the stock is what stops it; the answer names the
      // parameter, the execution that cannot move and the stock it lacks.
      expect(rest.status, JSON.stringify(rest.body)).toBe(409)
      expect(errorOf(rest).message).toMatch(
        new RegExp(
          `^replacement: ${second.code} cannot move to Assembly: .*not enough PLASTIC-${f.tag}.*6 available, 10 required`,
        ),
      )
      await unchanged()

      const action = await api.rest('POST', '/manufacturing/deleteProductionStatus', {
        body: { id: staging, replacement: s.Assembly },
        token: admin,
      })
      expect(action.status, JSON.stringify(action.body)).toBe(rest.status)
      expect(errorOf(action).message).toBe(errorOf(rest).message)
      await unchanged()

      // Into a status the documents can reach, the same delete goes through.
      const into = await api.rest(
        'DELETE',
        `/production-statuses/${staging}?replacement=${s.Plan}`,
        {
          token: admin,
        },
      )
      expect(into.status, JSON.stringify(into.body)).toBe(200)
      const { docs } = await payload.find({
        collection: 'executions',
        depth: 0,
        where: { id: { in: [first.id, second.id] } },
      })
      expect(docs.map((doc) => doc.status)).toEqual([s.Plan, s.Plan])
    })

    it('moves a manufacturing order through REST DELETE with ?replacement, with its postings', async () => {
      const f = await toyFixtures(payload)
      const inspection = await placeStatus(`Inspection ${f.tag}`, s.Painting)
      const order = await api.rest('POST', '/manufacturing-orders', {
        body: { location: f.floor, product: f.toy, quantity: 3 },
        token: admin,
      })
      expect(order.status, JSON.stringify(order.body)).toBe(201)
      const id = order.body.doc.id
      const moved = await api.rest('PATCH', `/manufacturing-orders/${id}`, {
        body: { status: inspection },
        token: admin,
      })
      expect(moved.status, JSON.stringify(moved.body)).toBe(200)
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(94)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(47)

      const deleted = await api.rest(
        'DELETE',
        `/production-statuses/${inspection}?replacement=${s.Assembly}`,
        { token: admin },
      )
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
      const now = await payload.findByID({ collection: 'manufacturing-orders', depth: 0, id })
      expect(now.status).toBe(s.Assembly)
      // Back at Assembly: the plastics stay consumed, the paint (due at Painting) comes back.
      expect(await onHandAt(payload, f.plastic, f.floor)).toBe(94)
      expect(await onHandAt(payload, f.paint, f.floor)).toBe(50)
      expect(
        (
          await payload.count({
            collection: 'production-statuses',
            where: { id: { equals: inspection } },
          })
        ).totalDocs,
      ).toBe(0)
    })
  })
})
