import { describe, expect, it } from 'vitest'

import { demoUsers } from '../../seed/demoUsers'
import { runSeed } from '../../seed/runSeed'
import { apiClient } from '../support/apiClient'
import { testPayload } from '../support/testPayload'

describe('demo seed', () => {
  it('is idempotent: a second run adds nothing', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const slugs = [
      'roles',
      'users',
      'items',
      'locations',
      'lots',
      'stock-movements',
      'purchase-orders',
      'suppliers',
      'item-categories',
    ] as const
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          slugs.map(async (slug) => [slug, (await payload.count({ collection: slug })).totalDocs]),
        ),
      )
    const before = await counts()
    expect(await runSeed(payload)).toEqual({ created: [] })
    expect(await counts()).toEqual(before)
  })

  it('stocks the demo factory: floors, categories, suppliers, lots at different costs, a received order', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const floors = await payload.count({
      collection: 'locations',
      where: { kind: { equals: 'production_floor' } },
    })
    expect(floors.totalDocs).toBeGreaterThanOrEqual(2)
    const categories = (
      await payload.find({ collection: 'item-categories', limit: 0, pagination: false })
    ).docs.map((c) => c.name)
    expect(categories).toEqual(expect.arrayContaining(['Plastics', 'Paint', 'Food', 'Metal']))
    const [abs] = (
      await payload.find({ collection: 'items', depth: 1, where: { sku: { equals: 'ABS-PEL' } } })
    ).docs
    expect(abs!.onHand).toBe(350)
    expect(abs!.primarySupplier).toMatchObject({ name: 'Acme Industrial Supply' })
    const lots = (
      await payload.find({
        collection: 'lots',
        sort: 'receivedAt',
        where: { item: { equals: abs!.id } },
      })
    ).docs
    expect(lots.map((l) => l.unitCost)).toEqual([1.95, 2.2])
    const [labour] = (
      await payload.find({ collection: 'items', where: { sku: { equals: 'LABOUR-H' } } })
    ).docs
    expect(labour!.kind).toBe('resource')
    const received = await payload.count({
      collection: 'purchase-orders',
      where: { status: { equals: 'received' } },
    })
    expect(received.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('creates the demo logins, each able to sign in with its role', async () => {
    const { config, payload } = await testPayload()
    const api = apiClient(config)
    for (const user of demoUsers) {
      const token = await api.login(user.email, user.password)
      const { body } = await api.rest('GET', '/users/me', { token })
      const role = (
        await payload.find({ collection: 'roles', where: { name: { equals: user.role } } })
      ).docs[0]!
      expect(
        body.user.roles.map((r: number | { id: number }) => (typeof r === 'object' ? r.id : r)),
      ).toContain(role.id)
    }
    const viewer = (
      await payload.find({ collection: 'roles', where: { name: { equals: 'Viewer' } } })
    ).docs[0]!
    expect(viewer.permissions!.every((key) => key.endsWith('.view'))).toBe(true)
  })
})
