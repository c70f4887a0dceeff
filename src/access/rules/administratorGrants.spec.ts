import { describe, expect, it } from 'vitest'

import { administratorGrants, grantMessage } from './administratorGrants'

const users = [
  { email: 'owner@example.com', id: 1, roles: [] },
  { email: 'customer@example.com', id: 2, roles: [] },
  { email: 'admin@example.com', id: 3, roles: [7, 9] },
  { email: 'planner@example.com', id: 4, roles: [8] },
]

describe('administratorGrants', () => {
  it('grants exactly the users named, keeping the roles they hold', () => {
    const decided = administratorGrants(['owner@example.com', 'planner@example.com'], users, 9)
    expect(decided).toEqual({
      already: [],
      grant: [
        { email: 'owner@example.com', id: 1, roles: [] },
        { email: 'planner@example.com', id: 4, roles: [8] },
      ],
      missing: [],
    })
  })

  it('leaves a user who is an Administrator already, so a second grant changes nothing', () => {
    expect(administratorGrants(['admin@example.com'], users, 9)).toEqual({
      already: ['admin@example.com'],
      grant: [],
      missing: [],
    })
  })

  it('names emails that have no user and grants nobody in their place', () => {
    expect(administratorGrants(['nobody@example.com'], users, 9)).toEqual({
      already: [],
      grant: [],
      missing: ['nobody@example.com'],
    })
    expect(administratorGrants([], users, 9).grant).toEqual([])
  })

  it('compares emails as Payload stores them, and counts each once', () => {
    const decided = administratorGrants([' Owner@Example.COM', 'owner@example.com'], users, 9)
    expect(decided.grant).toEqual([{ email: 'owner@example.com', id: 1, roles: [] }])
  })

  it('grants every user named while the Administrator role does not exist yet', () => {
    expect(administratorGrants(['admin@example.com'], users, undefined).grant).toEqual([
      { email: 'admin@example.com', id: 3, roles: [7, 9] },
    ])
  })
})

describe('grantMessage', () => {
  it('says who was made Administrator and which emails have no user', () => {
    expect(
      grantMessage({
        already: [],
        grant: [{ email: 'owner@example.com', id: 1, roles: [] }],
        missing: ['typo@example.com'],
      }),
    ).toBe(
      'manufacturingPlugin administrators: made owner@example.com Administrator; no user with email typo@example.com (nothing granted for it; sign up first)',
    )
  })

  it('says nothing when nothing changed and every email has its user', () => {
    expect(grantMessage({ already: ['owner@example.com'], grant: [], missing: [] })).toBeUndefined()
  })
})
