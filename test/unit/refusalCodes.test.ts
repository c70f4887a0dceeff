import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { databaseUnavailable } from '../../src/platform/databaseUnavailable'
import {
  conflict,
  invalid,
  invalidEach,
  locked,
  notFound,
  refusalCodes,
} from '../../src/platform/errors'
import { sourceFiles } from '../support/importGraph'

const root = path.resolve(import.meta.dirname, '../..')
// Pure rules answer with codes of their own (`{ ok: false, code }`), which actions translate.
const throwing = sourceFiles(root).filter(
  (file) => !/\.spec\.ts$|\.fixtures\.ts$/.test(file) && !file.includes('/rules/'),
)

describe('refusal codes', () => {
  it('lists every code a refusal is given in one exported list', () => {
    const given = throwing.flatMap((file) =>
      [...readFileSync(path.join(root, file), 'utf8').matchAll(/\bcode: '([a-z_]+)'/g)].map(
        ([, code]) => ({ code, file }),
      ),
    )
    expect(given.length).toBeGreaterThan(5)
    expect(given.filter(({ code }) => !(code! in refusalCodes))).toEqual([])
  })

  it('gives each code one HTTP status, the one its refusals answer with', () => {
    const errors = [
      invalid('quantity', 'must be a number'),
      invalid('components', 'the recipe would make a cycle: A → A', { code: 'cycle' }),
      invalidEach([{ message: 'must be a number', path: 'quantity' }]),
      notFound('plan', 'no production plan with id 7'),
      conflict('already used'),
      conflict('not enough', { available: '1', code: 'insufficient_stock' }),
      conflict('not enough reserved', { code: 'insufficient_reserved' }),
      locked('Document with ID 1 is currently locked by another user and cannot be modified.'),
      databaseUnavailable(Object.assign(new Error('timeout'), { code: '57014' }))!,
    ]
    const seen = errors.map((error) => {
      const { code } = error.data as { code: keyof typeof refusalCodes }
      return { code, listed: refusalCodes[code]?.status, status: error.status }
    })
    for (const { listed, status } of seen) expect(status).toBe(listed)
    expect(new Set(seen.map(({ code }) => code))).toEqual(new Set(Object.keys(refusalCodes)))
  })

  it('keeps the message and the fields listed beside the code', () => {
    const error = invalid('lines[0].quantity', 'must be greater than zero')
    expect(error.message).toBe('lines[0].quantity: must be greater than zero')
    expect(error.data).toMatchObject({
      code: 'invalid',
      errors: [
        { message: 'lines[0].quantity: must be greater than zero', path: 'lines[0].quantity' },
      ],
    })
    expect(notFound('id', 'no purchase order with id 3').message).toBe(
      'id: no purchase order with id 3',
    )
  })
})
