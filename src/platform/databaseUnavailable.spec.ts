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
    for (const code of ['57014', '25P03', '53300']) {
      expect(databaseUnavailable(Object.assign(new Error('x'), { code }))?.status).toBe(503)
    }
  })

  it('is a 503 saying the database cannot be reached while it is down or restarting', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    })
    const wrapped = new Error('Failed query: select 1', {
      cause: new AggregateError([refused], 'connect failed'),
    })
    for (const error of [
      refused,
      wrapped,
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      new Error('Connection terminated unexpectedly'),
      new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
    ]) {
      const answer = databaseUnavailable(error)
      expect(answer?.status).toBe(503)
      expect(answer?.message).toMatch(/cannot be reached right now .*nothing was written/)
    }
  })

  it('leaves every other error alone', () => {
    expect(databaseUnavailable(new Error('boom'))).toBeUndefined()
    expect(databaseUnavailable(Object.assign(new Error('x'), { code: '23505' }))).toBeUndefined()
    expect(databaseUnavailable(undefined)).toBeUndefined()
  })
})
