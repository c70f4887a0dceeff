import { describe, expect, it } from 'vitest'

import { databaseUnavailable } from './databaseUnavailable'

describe('databaseUnavailable', () => {
  it('is a 503 for a pool that had no connection in time, however deeply wrapped', () => {
    const pool = new Error('timeout exceeded when trying to connect')
    const wrapped = new Error('cannot begin transaction', { cause: pool })
    expect(databaseUnavailable(wrapped)?.status).toBe(503)
    expect(databaseUnavailable(pool)?.message).toMatch(/nothing was written/)
  })

  it('is a 503 for timeouts and shutdowns Postgres reports by code', () => {
    for (const code of ['57014', '25P03', '57P01', '53300']) {
      expect(databaseUnavailable(Object.assign(new Error('x'), { code }))?.status).toBe(503)
    }
  })

  it('leaves every other error alone', () => {
    expect(databaseUnavailable(new Error('boom'))).toBeUndefined()
    expect(databaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBeUndefined()
    expect(databaseUnavailable(undefined)).toBeUndefined()
  })
})
