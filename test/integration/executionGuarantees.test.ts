import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onHandAt, statusesByName, toyFixtures } from '../support/productionFixtures'
import { type SeededApp, seededApp } from '../support/seededApp'

describe('executions: the fallback rules, search by lot label, and refused changes', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let s: Record<string, number>

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    s = await statusesByName(payload)
  })

  const create = async (f: Awaited<ReturnType<typeof toyFixtures>>, lotLabel?: string) => {
    const { body, status } = await api.rest('POST', '/executions?depth=0', {
      body: {
        lotLabel,
        plannedQuantity: 5,
        product: f.toy,
        productionDate: '2026-11-24',
        productionFloor: f.floor,
      },
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc as { code: string; id: number }
  }

  describe('with the general rules left empty, as a fresh install has them', () => {
    let settings: Record<string, any>
    beforeAll(async () => {
      settings = await payload.findGlobal({ depth: 0, slug: 'production-settings' })
      await payload.updateGlobal({
        data: {
          conditionalRules: [],
          rules: {
            addProducts: null,
            deductMaterials: null,
            deductProducts: null,
            deductResources: null,
          },
        },
        slug: 'production-settings',
      })
    })
    afterAll(async () => {
      const { conditionalRules, rules } = settings
      await payload.updateGlobal({ data: { conditionalRules, rules }, slug: 'production-settings' })
    })

    it('deducts all materials on reaching the second status (In Progress) and adds the products at the last', async () => {
      const f = await toyFixtures(payload)
      const { id } = await create(f)
      const stock = async () => ({
        paint: await onHandAt(payload, f.paint, f.floor),
        plastic: await onHandAt(payload, f.plastic, f.floor),
        toy: await onHandAt(payload, f.toy, f.floor),
      })
      expect(await stock()).toEqual({ paint: 50, plastic: 100, toy: 0 })
      // The seeded workflow's second status plays In Progress: Plan → Assembly → … → Completed.
      const second = await api.rest('PATCH', `/executions/${id}`, {
        body: { status: s.Assembly },
        token: admin,
      })
      expect(second.status, JSON.stringify(second.body)).toBe(200)
      // Every material at once, whatever its category (plastics and paint alike).
      expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 0 })
      const done = await api.rest('PATCH', `/executions/${id}`, {
        body: { producedQuantity: 5, status: s.Completed },
        token: admin,
      })
      expect(done.status, JSON.stringify(done.body)).toBe(200)
      expect(await stock()).toEqual({ paint: 45, plastic: 90, toy: 5 })
    })
  })

  it('finds executions by their lot label, as the list search and its quick filter ask', async () => {
    const f = await toyFixtures(payload)
    const wanted = await create(f, `BATCH-${f.tag}-A`)
    await create(f, `OTHER-${f.tag}`)
    const codes = async (query: string) => {
      const { body, status } = await api.rest('GET', `/executions?depth=0&${query}`, {
        token: admin,
      })
      expect(status).toBe(200)
      return body.docs.map((doc: { code: string }) => doc.code)
    }
    const term = encodeURIComponent(`batch-${f.tag}`)
    // The admin's search box: the collection's searchable fields, code, lot label, description.
    const search = ['code', 'lotLabel', 'productDescription']
      .map((field, i) => `where[or][${i}][${field}][like]=${term}`)
      .join('&')
    expect(await codes(search)).toEqual([wanted.code])
    // The quick filter's search: code, lot label and product name.
    const quick = ['code', 'lotLabel', 'product.name']
      .map((field, i) => `where[or][${i}][${field}][like]=${term}`)
      .join('&')
    expect(await codes(quick)).toEqual([wanted.code])
    const graphql = await api.graphql(
      `query ($label: String) { Executions(where: { lotLabel: { like: $label } }) { docs { code } } }`,
      { label: `BATCH-${f.tag}` },
      admin,
    )
    expect(graphql.body.data.Executions.docs).toEqual([{ code: wanted.code }])
  })

  it('refuses updating and deleting an execution without the permission, over REST and GraphQL', async () => {
    const f = await toyFixtures(payload)
    const { code, id } = await create(f, `KEEP-${f.tag}`)
    const viewer = await api.login('viewer@example.com', 'viewer')
    // The operator may update executions but not delete them.
    const operator = await api.login('operator@example.com', 'operator')

    const update = await api.rest('PATCH', `/executions/${id}`, {
      body: { lotLabel: 'changed' },
      token: viewer,
    })
    expect(update.status).toBe(403)
    for (const token of [viewer, operator]) {
      const remove = await api.rest('DELETE', `/executions/${id}`, { token })
      expect(remove.status).toBe(403)
    }
    const updateQl = await api.graphql(
      `mutation ($id: Int!) { updateExecution(id: $id, data: { lotLabel: "changed" }) { id } }`,
      { id },
      viewer,
    )
    expect(updateQl.body.errors[0].message).toMatch(/not allowed/i)
    for (const token of [viewer, operator]) {
      const deleteQl = await api.graphql(
        `mutation ($id: Int!) { deleteExecution(id: $id) { id } }`,
        { id },
        token,
      )
      expect(deleteQl.body.errors[0].message).toMatch(/not allowed/i)
    }
    // The bulk actions refuse the same users.
    const bulkUpdate = await api.rest('POST', '/manufacturing/updateExecutions', {
      body: { updates: [{ id, plannedQuantity: 9 }] },
      token: viewer,
    })
    expect(bulkUpdate.status).toBe(403)
    const bulkDelete = await api.rest('POST', '/manufacturing/deleteExecutions', {
      body: { ids: [id] },
      token: operator,
    })
    expect(bulkDelete.status).toBe(403)

    const kept = await payload.findByID({ collection: 'executions', depth: 0, id })
    expect(kept).toMatchObject({ code, lotLabel: `KEEP-${f.tag}`, plannedQuantity: 5 })
    // What the operator may do still works.
    const allowed = await api.rest('PATCH', `/executions/${id}`, {
      body: { lotLabel: `KEPT-${f.tag}` },
      token: operator,
    })
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200)
  })
})
