import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  type ScanKind,
  decodeScanCode,
  encodeScanCode,
  maxScanLength,
  scanTargetPath,
} from './scanCodes'

const kinds: ScanKind[] = [
  'execution',
  'lot',
  'manufacturingOrder',
  'materialRequisition',
  'productionRun',
]

describe('scan codes', () => {
  it('prints a short prefix per kind and the id', () => {
    expect(encodeScanCode({ id: 12, kind: 'execution' })).toBe('EX.12')
    expect(encodeScanCode({ id: 3, kind: 'manufacturingOrder' })).toBe('MO.3')
    expect(encodeScanCode({ id: 7, kind: 'materialRequisition' })).toBe('MR.7')
    expect(encodeScanCode({ id: 9, kind: 'productionRun' })).toBe('PR.9')
    expect(encodeScanCode({ id: 40, kind: 'lot' })).toBe('LT.40')
  })

  it('refuses to print a code for what is not an id', () => {
    for (const id of [0, -1, 1.5, Number.NaN])
      expect(() => encodeScanCode({ id, kind: 'lot' })).toThrow(RangeError)
  })

  it('reads back every code it prints, whatever the scanner adds around it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ max: Number.MAX_SAFE_INTEGER, min: 1 }),
        fc.constantFrom('', ' ', '\r\n', '\n', '\t'),
        fc.boolean(),
        (kind, id, around, lower) => {
          const code = encodeScanCode({ id, kind })
          const scanned = `${around}${lower ? code.toLowerCase() : code}${around}`
          expect(decodeScanCode(scanned)).toEqual({ ok: true, target: { id, kind } })
        },
      ),
    )
  })

  it('never takes a text that is not one of its codes, and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const decoded = decodeScanCode(text)
        if (decoded.ok) expect(encodeScanCode(decoded.target)).toBe(text.trim().toUpperCase())
        else expect(decoded.problem).toMatch(/\w/)
      }),
    )
  })

  it('says what is wrong with what it cannot read', () => {
    expect(decodeScanCode('  ')).toEqual({ ok: false, problem: 'is empty: nothing was scanned' })
    expect(decodeScanCode('hello')).toEqual({
      ok: false,
      problem: '"hello" is not a code this system prints',
    })
    expect(decodeScanCode('ZZ.4')).toEqual({
      ok: false,
      problem: '"ZZ.4" starts with ZZ, which no code has',
    })
    expect(decodeScanCode('EX.0')).toEqual({ ok: false, problem: '"EX.0" names no execution' })
    expect(decodeScanCode('EX.99999999999999999')).toMatchObject({ ok: false })
    expect(decodeScanCode('x'.repeat(maxScanLength + 1))).toMatchObject({
      ok: false,
      problem: `is too long (${maxScanLength + 1} characters) to be a code`,
    })
  })

  it('sends each document to its shop-floor screen, a requisition and a lot to their pages', () => {
    expect(scanTargetPath('/admin', { id: 4, kind: 'execution' })).toBe(
      '/admin/shop-floor/executions/4',
    )
    expect(scanTargetPath('/admin/', { id: 5, kind: 'productionRun' })).toBe(
      '/admin/shop-floor/production-runs/5',
    )
    expect(scanTargetPath('/desk', { id: 6, kind: 'lot' })).toBe('/desk/collections/lots/6')
    expect(scanTargetPath('/', { id: 7, kind: 'materialRequisition' })).toBe(
      '/collections/material-requisitions/7',
    )
  })
})
