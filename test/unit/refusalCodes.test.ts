import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import type { SanitizedConfig } from 'payload'

import { databaseRefusal, guardViolation } from '../../src/platform/databaseRefusal'
import { databaseUnavailable } from '../../src/platform/databaseUnavailable'
import {
  conflict,
  invalid,
  invalidEach,
  locked,
  notFound,
  refusalCodes,
} from '../../src/platform/errors'
import { requestLimitKey, withRequestLimit } from '../../src/platform/requestLimit'
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

  it('gives each code one HTTP status, the one its refusals answer with', async () => {
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
      databaseRefusal(Object.assign(new Error('append-only'), { code: guardViolation }))!,
    ]
    const answered = await Promise.all(
      ['{"name": "longer than ten bytes"}', '{"name": '].map(async (body) => {
        const limited = withRequestLimit(async () => new Response('{}'), {
          custom: { [requestLimitKey]: 20 },
        } as unknown as SanitizedConfig)
        const headers = { 'content-type': 'application/json' }
        const answer = await limited(
          new Request('http://app/api/items', { body, headers, method: 'POST' }),
          {},
        )
        return { data: (await answer.json()).errors[0].data, status: answer.status }
      }),
    )
    expect(answered.map(({ status }) => status)).toEqual([413, 400])
    const seen = [...errors, ...answered].map((error) => {
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
