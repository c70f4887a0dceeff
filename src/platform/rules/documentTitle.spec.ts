import { describe, expect, it } from 'vitest'

import { documentTitle } from './documentTitle'

describe('documentTitle', () => {
  it('names a document by its number and its product', () => {
    expect(documentTitle('EX-000042', 'Pizza Margherita')).toBe('EX-000042 · Pizza Margherita')
  })

  it('keeps whichever of the two it has', () => {
    expect(documentTitle('MO-000001', null)).toBe('MO-000001')
    expect(documentTitle(undefined, 'Tomato sauce')).toBe('Tomato sauce')
    expect(documentTitle('', '  ')).toBe('')
  })

  it('trims what it is given', () => {
    expect(documentTitle(' EX-000001 ', ' Bread ')).toBe('EX-000001 · Bread')
  })
})
