import { describe, expect, it } from 'vitest'

import { pressKey } from './keypad'

const typed = (keys: Parameters<typeof pressKey>[1][]) => keys.reduce(pressKey, '')

describe('the numeric keypad', () => {
  it('appends digits and replaces a lone leading zero', () => {
    expect(typed(['1', '2', '0'])).toBe('120')
    expect(typed(['0', '7'])).toBe('7')
  })
  it('takes one decimal point, starting a bare one with zero', () => {
    expect(typed(['.', '5'])).toBe('0.5')
    expect(typed(['1', '.', '2', '.', '5'])).toBe('1.25')
  })
  it('deletes the last character, and nothing from an empty figure', () => {
    expect(typed(['1', '2', 'delete'])).toBe('1')
    expect(typed(['delete'])).toBe('')
  })
  it('stops at twelve digits', () => {
    expect(typed(Array.from({ length: 14 }, () => '9' as const))).toBe('9'.repeat(12))
  })
})
