import { describe, expect, it } from 'vitest'

import { demoUsers } from '../../seed/demoUsers'
import { runSeed } from '../../seed/runSeed'
import { apiClient } from '../support/apiClient'
import { testPayload } from '../support/testPayload'

describe('demo seed', () => {
  it('is idempotent: a second run adds nothing', async () => {
    const { payload } = await testPayload()
    await runSeed(payload)
    const counts = async () => ({
      roles: (await payload.count({ collection: 'roles' })).totalDocs,
      users: (await payload.count({ collection: 'users' })).totalDocs,
    })
    const before = await counts()
    expect(await runSeed(payload)).toEqual({ created: [] })
    expect(await counts()).toEqual(before)
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
