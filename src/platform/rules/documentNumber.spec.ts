import { describe, expect, it } from 'vitest'

import { formatDocumentNumber } from './documentNumber'

describe('formatDocumentNumber', () => {
  it('pads the number to six digits by default', () => {
    expect(formatDocumentNumber('MO', 42)).toBe('MO-000042')
  })

  it('pads to the given width and never cuts a wider number', () => {
    expect(formatDocumentNumber('PO', 7, 3)).toBe('PO-007')
    expect(formatDocumentNumber('PO', 12345, 3)).toBe('PO-12345')
  })

  it('refuses what no sequence returns', () => {
    expect(() => formatDocumentNumber('MO', 0)).toThrow(RangeError)
    expect(() => formatDocumentNumber('MO', 1.5)).toThrow(RangeError)
  })
})
