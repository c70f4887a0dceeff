import { describe, expect, it } from 'vitest'

import {
  checkboxProblem,
  dateProblem,
  integerProblem,
  isCanonicalId,
  jsonProblem,
  numberProblem,
  optionProblem,
  relationProblem,
  textProblem,
} from './inputValues'

describe('isCanonicalId', () => {
  it('takes positive whole numbers and their plain decimal strings only', () => {
    for (const id of [1, 42, '7', '123456']) expect(isCanonicalId(id), String(id)).toBe(true)
    for (const id of [
      0,
      -1,
      1.5,
      NaN,
      Infinity,
      '0',
      '01',
      "1'--",
      ' 1',
      '1e0',
      '0x1',
      true,
      {},
      [],
    ])
      expect(isCanonicalId(id), JSON.stringify(id)).toBe(false)
  })
})

describe('textProblem', () => {
  it('refuses what is not text, NUL bytes and unpaired surrogates', () => {
    expect(textProblem('Widget', true)).toBeNull()
    expect(textProblem('emoji 😀 pairs are fine', true)).toBeNull()
    expect(textProblem(123, false)).toBe('must be text')
    expect(textProblem({}, false)).toBe('must be text')
    expect(textProblem([], false)).toBe('must be text')
    expect(textProblem('a\u0000b', false)).toMatch(/NUL/)
    expect(textProblem('a\ud800b', false)).toMatch(/surrogate/)
    expect(textProblem('a\udc00', false)).toMatch(/surrogate/)
  })
  it('refuses a blank or missing value only where one is required', () => {
    expect(textProblem('  ', true)).toBe('must not be blank')
    expect(textProblem(null, true)).toBe('is required')
    expect(textProblem('  ', false)).toBeNull()
    expect(textProblem(null, false)).toBeNull()
  })
})

describe('numberProblem', () => {
  it('reads a quantity or an amount by the decimal rule', () => {
    expect(numberProblem(2.5, 'positive')).toBeNull()
    expect(numberProblem('2.5', 'positive')).toBeNull()
    expect(numberProblem(true, 'any')).toBe('must be a number')
    expect(numberProblem({}, 'any')).toBe('must be a number')
    expect(numberProblem(NaN, 'any')).toBe('must be a number')
    expect(numberProblem(Infinity, 'any')).toBe('must be a number')
    expect(numberProblem('Infinity', 'any')).toBe('must be a number')
    expect(numberProblem(1e-30, 'any')).toMatch(/decimal places/)
    expect(numberProblem(1.0000001, 'any')).toMatch(/decimal places/)
    expect(numberProblem(1e15, 'any')).toBe('is too large')
    expect(numberProblem(0, 'positive')).toBe('must be greater than zero')
    expect(numberProblem(-1, 'non_negative')).toBe('must not be negative')
    expect(numberProblem(-1, 'any')).toBeNull()
    expect(numberProblem(null, 'positive')).toBeNull()
  })
  it('takes only whole numbers for a count', () => {
    expect(integerProblem(3, 'non_negative')).toBeNull()
    expect(integerProblem(1.5, 'non_negative')).toBe('must be a whole number')
  })
})

describe('the other kinds of field', () => {
  it('relationships take ids or populated documents', () => {
    expect(relationProblem(3, false)).toBeNull()
    expect(relationProblem({ id: 3 }, false)).toBeNull()
    expect(relationProblem("3'--", false)).toMatch(/id/)
    expect(relationProblem(true, false)).toMatch(/id/)
    expect(relationProblem({ relationTo: 'items', value: 3 }, true)).toBeNull()
    expect(relationProblem(3, true)).toMatch(/relationTo/)
  })
  it('dates must be real days', () => {
    expect(dateProblem('2026-12-07')).toBeNull()
    expect(dateProblem('2026-12-07T10:00:00.000Z')).toBeNull()
    expect(dateProblem('2026-02-30')).toMatch(/valid date/)
    expect(dateProblem('2026-13-45')).toMatch(/valid date/)
    expect(dateProblem('not a date')).toMatch(/date/)
    expect(dateProblem(20261207)).toMatch(/date/)
  })
  it('options, checkboxes and JSON', () => {
    expect(optionProblem('a', ['a', 'b'], false)).toBeNull()
    expect(optionProblem('c', ['a', 'b'], false)).toBe('must be one of a, b')
    expect(optionProblem(['a', 'b'], ['a', 'b'], true)).toBeNull()
    expect(optionProblem(['a', 'z'], ['a', 'b'], true)).toMatch(/one of/)
    expect(checkboxProblem(true)).toBeNull()
    expect(checkboxProblem('yes')).toBe('must be true or false')
    expect(jsonProblem({ a: ['ok', 1] })).toBeNull()
    expect(jsonProblem({ a: ['x\u0000'] })).toMatch(/NUL/)
  })
})
