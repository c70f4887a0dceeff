import { describe, expect, it } from 'vitest'

import { databasePool, databasePoolOptionsFromEnv } from './databasePool'

describe('databasePool', () => {
  it('bounds every wait by default', () => {
    expect(databasePool({ connectionString: 'postgres://x' })).toEqual({
      connectionString: 'postgres://x',
      connectionTimeoutMillis: 10_000,
      idle_in_transaction_session_timeout: 60_000,
      max: 10,
      statement_timeout: 60_000,
    })
  })

  it('takes each setting, and unset ones keep their default', () => {
    expect(databasePool({ acquireTimeoutMs: 500, max: 3 })).toMatchObject({
      connectionTimeoutMillis: 500,
      max: 3,
      statement_timeout: 60_000,
    })
    expect(databasePool({ max: undefined }).max).toBe(10)
  })

  it('refuses settings that cannot work, naming them', () => {
    expect(() => databasePool({ acquireTimeoutMs: 0 })).toThrow(/acquireTimeoutMs/)
    expect(() => databasePool({ statementTimeoutMs: 1.5 })).toThrow(/statementTimeoutMs/)
    expect(() => databasePool({ max: 1 })).toThrow(/max must be at least 2/)
    expect(() => databasePool({ max: Number('ten') })).toThrow(/max/)
  })

  it('reads the demo app environment', () => {
    expect(
      databasePool(
        databasePoolOptionsFromEnv({
          DATABASE_ACQUIRE_TIMEOUT_MS: '2000',
          DATABASE_POOL_MAX: '4',
          DATABASE_URI: 'postgres://y',
        }),
      ),
    ).toMatchObject({ connectionString: 'postgres://y', connectionTimeoutMillis: 2000, max: 4 })
  })
})
