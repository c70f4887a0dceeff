import { describe, expect, it } from 'vitest'

import { apiClient } from '../support/apiClient'
import { testPayload } from '../support/testPayload'

describe('the first user', () => {
  it('becomes an administrator; later users do not', async () => {
    const { config, payload } = await testPayload()
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const api = apiClient(config)
    const { status } = await api.rest('POST', '/users/first-register', {
      body: { email: 'owner@example.com', password: 'owner-password' },
    })
    expect(status).toBe(200)
    const owner = (
      await payload.find({
        collection: 'users',
        depth: 1,
        where: { email: { equals: 'owner@example.com' } },
      })
    ).docs[0]!
    expect(owner.roles).toEqual([expect.objectContaining({ key: 'admin' })])

    const token = await api.login('owner@example.com', 'owner-password')
    const second = await api.rest('POST', '/users', {
      body: { email: 'second@example.com', password: 'second-password' },
      token,
    })
    expect(second.status).toBe(201)
    expect(second.body.doc.roles).toEqual([])
  })
})
