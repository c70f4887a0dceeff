import type { CollectionConfig, Config } from 'payload'

import { describe, expect, it } from 'vitest'

import { manufacturingPlugin } from '../../src/index'

const base: Config = { collections: [], db: {} as Config['db'], secret: 'x' }
const bySlug = (config: Config, slug: string) => config.collections!.find((c) => c.slug === slug)!
const fieldNames = (collection: CollectionConfig) =>
  collection.fields.map((f) => ('name' in f ? f.name : f.type))

describe('manufacturingPlugin', () => {
  it('adds roles and a users auth collection with roles when the app has none', () => {
    const config = manufacturingPlugin()(base)
    const slugs = config.collections!.map((c) => c.slug)
    expect(slugs.slice(0, 2)).toEqual(['users', 'roles'])
    expect(slugs).toEqual(
      expect.arrayContaining(['items', 'locations', 'lots', 'stock-movements', 'stock-balances']),
    )
    expect(bySlug(config, 'users').auth).toBe(true)
    expect(fieldNames(bySlug(config, 'users'))).toContain('roles')
    expect(config.admin?.user).toBe('users')
    expect(config.admin?.components?.beforeDashboard).toEqual([
      'payload-plugin-manufacturing/rsc#YourAccess',
    ])
  })

  it("makes the production dashboard the admin's home unless the app has its own", () => {
    const home = 'payload-plugin-manufacturing/rsc#ProductionHome'
    expect(manufacturingPlugin()(base).admin?.components?.views?.dashboard).toEqual({
      Component: home,
    })
    const own = { Component: './Home#Home' }
    const config = manufacturingPlugin()({
      ...base,
      admin: { components: { views: { dashboard: own } } },
    })
    expect(config.admin?.components?.views?.dashboard).toBe(own)
    expect(manufacturingPlugin({ disabled: true })(base).admin?.components?.views).toBeUndefined()
  })

  it("gives an app's own users collection roles and keeps its access", () => {
    const read = () => true
    const staff: CollectionConfig = {
      access: { read },
      auth: true,
      fields: [{ name: 'nickname', type: 'text' }],
      slug: 'staff',
    }
    const config = manufacturingPlugin({ usersCollection: 'staff' })({
      ...base,
      collections: [staff],
    })
    expect(config.collections!.map((c) => c.slug).slice(0, 2)).toEqual(['staff', 'roles'])
    expect(config.collections!.some((c) => c.slug === 'users')).toBe(false)
    expect(fieldNames(bySlug(config, 'staff'))).toEqual(['nickname', 'roles'])
    expect(bySlug(config, 'staff').access?.read).toBe(read)
    expect(bySlug(config, 'staff').hooks?.beforeChange).toHaveLength(1)
  })

  it('refuses a users collection that already has a roles field, naming it', () => {
    const users: CollectionConfig = {
      auth: true,
      fields: [{ name: 'roles', type: 'text' }],
      slug: 'users',
    }
    expect(() => manufacturingPlugin()({ ...base, collections: [users] })).toThrow(
      /"users" already has a "roles" field/,
    )
  })

  it('applies collection overrides to the default collection', () => {
    const config = manufacturingPlugin({
      collections: {
        roles: ({ defaultCollection }) => ({
          ...defaultCollection,
          labels: { plural: 'Job roles', singular: 'Job role' },
        }),
        users: ({ defaultCollection }) => ({
          ...defaultCollection,
          fields: [...defaultCollection.fields, { name: 'badge', type: 'text' }],
        }),
      },
    })(base)
    expect(bySlug(config, 'roles').labels).toEqual({ plural: 'Job roles', singular: 'Job role' })
    expect(fieldNames(bySlug(config, 'users'))).toContain('badge')
  })

  it('when disabled keeps the same collections and fields but no hooks or admin components', () => {
    const enabled = manufacturingPlugin()(base)
    const disabled = manufacturingPlugin({ disabled: true })(base)
    expect(disabled.collections!.map((c) => [c.slug, fieldNames(c)])).toEqual(
      enabled.collections!.map((c) => [c.slug, fieldNames(c)]),
    )
    for (const collection of disabled.collections!) {
      expect(Object.values(collection.hooks ?? {}).flat()).toEqual([])
      expect(JSON.stringify(collection.fields)).not.toContain('payload-plugin-manufacturing/')
    }
    expect(disabled.admin?.components?.beforeDashboard).toBeUndefined()
    expect(disabled.endpoints ?? []).toEqual([])
  })
})
