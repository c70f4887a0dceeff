import { beforeAll, describe, expect, it } from 'vitest'
import { type SeededApp, seededApp } from '../support/seededApp'

const createRole = `mutation ($data: mutationRoleInput!) { createRole(data: $data) { id name permissions } }`

describe('access through REST and GraphQL', () => {
  let api: SeededApp['api']
  let payload: SeededApp['payload']
  let admin: string
  let planner: string

  const roleCount = async () => (await payload.count({ collection: 'roles' })).totalDocs

  beforeAll(async () => {
    ;({ admin, api, payload } = await seededApp())
    planner = await api.login('planner@example.com', 'planner')
  })

  it('refuses anonymous requests', async () => {
    expect((await api.rest('GET', '/roles')).status).toBe(403)
    expect((await api.rest('POST', '/roles', { body: { name: 'Intruders' } })).status).toBe(403)
    const { body } = await api.graphql(createRole, { data: { name: 'Intruders' } })
    expect(body.errors[0].extensions.statusCode).toBe(403)
    const { body: list } = await api.graphql('{ Roles { docs { name } } }')
    expect(list.errors[0].extensions.statusCode).toBe(403)
    expect(
      await payload.count({ collection: 'roles', where: { name: { equals: 'Intruders' } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('refuses a user without roles.manage, over REST and GraphQL, writing nothing', async () => {
    const before = await roleCount()
    const rest = await api.rest('POST', '/roles', {
      body: { name: 'Planners 2', permissions: ['roles.manage'] },
      token: planner,
    })
    expect(rest.status).toBe(403)
    const { body } = await api.graphql(createRole, { data: { name: 'Planners 3' } }, planner)
    expect(body.errors[0].extensions.statusCode).toBe(403)
    expect(body.data.createRole).toBeNull()
    expect(await roleCount()).toBe(before)
  })

  it('lets an administrator create roles over REST and GraphQL', async () => {
    const rest = await api.rest('POST', '/roles', {
      body: { name: 'Quality', permissions: ['executions.view', 'executions.finalize'] },
      token: admin,
    })
    expect(rest.status).toBe(201)
    expect(rest.body.doc.permissions).toEqual(['executions.view', 'executions.finalize'])
    const { body } = await api.graphql(
      createRole,
      { data: { name: 'Stores', permissions: ['inventory_view'] } },
      admin,
    )
    expect(body.errors).toBeUndefined()
    expect(body.data.createRole).toMatchObject({ name: 'Stores', permissions: ['inventory_view'] })
  })

  it('refuses a permission that is not in the registry, naming the field', async () => {
    const { body, status } = await api.rest('POST', '/roles', {
      body: { name: 'Bogus', permissions: ['executions.fly'] },
      token: admin,
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/permissions/i)
    expect(
      await payload.count({ collection: 'roles', where: { name: { equals: 'Bogus' } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('enforces the same rules on the Local API with overrideAccess: false', async () => {
    const user = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'planner@example.com' } },
      })
    ).docs[0]!
    await expect(
      payload.create({
        collection: 'roles',
        data: { name: 'Sneaky' },
        overrideAccess: false,
        user,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('shows a user only their own account and keeps them from handing themselves roles', async () => {
    const { body } = await api.rest('GET', '/users', { token: planner })
    expect(body.docs.map((u: { email: string }) => u.email)).toEqual(['planner@example.com'])
    const me = body.docs[0]
    const adminRole = (
      await payload.find({ collection: 'roles', where: { key: { equals: 'admin' } } })
    ).docs[0]!
    const refused = await api.rest('PATCH', `/users/${me.id}`, {
      body: { name: 'Pat', roles: [adminRole.id] },
      token: planner,
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/^roles: only someone who manages roles/)
    const after = await payload.findByID({ collection: 'users', depth: 0, id: me.id })
    expect(after.name).toBe(me.name)
    expect(after.roles).not.toContain(adminRole.id)
  })

  it('keeps the administrators role: it cannot be deleted and always holds every key', async () => {
    const adminRole = (
      await payload.find({ collection: 'roles', where: { key: { equals: 'admin' } } })
    ).docs[0]!
    const { body, status } = await api.rest('DELETE', `/roles/${adminRole.id}`, { token: admin })
    expect(status).toBe(400)
    expect(body.errors[0].message).toMatch(/cannot be deleted/)
    const { body: patched } = await api.rest('PATCH', `/roles/${adminRole.id}`, {
      body: { permissions: [] },
      token: admin,
    })
    expect(patched.doc.permissions.length).toBeGreaterThan(40)
  })
})
