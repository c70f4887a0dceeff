import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { safeCell } from './csvCells'

describe('safeCell', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`)
    expect(safeCell('+1+1')).toBe("'+1+1")
    expect(safeCell('-2+3')).toBe("'-2+3")
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(safeCell('\t=1')).toBe("'\t=1")
  })

  it('keeps numbers, including negative ones, and ordinary text as they are', () => {
    expect(safeCell(-5)).toBe(-5)
    expect(safeCell(12.5)).toBe(12.5)
    expect(safeCell('Pizza Margherita')).toBe('Pizza Margherita')
    expect(safeCell(null)).toBe('')
  })

  it('never leaves text starting with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = String(safeCell(text))
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false)
        expect(cell.endsWith(text)).toBe(true)
      }),
    )
  })
})
