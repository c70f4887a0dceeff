import { describe, expect, it } from 'vitest'

import { costFieldNames, hiddenCostFields, withoutFields } from './costFields'

describe('hiddenCostFields', () => {
  it('hides every cost field when the action declares none', () => {
    expect([...hiddenCostFields({}, new Set(['items.viewCosts']))].sort()).toEqual(
      [...costFieldNames].sort(),
    )
  })

  it('shows a declared field only to a user holding its key', () => {
    const rules = { cost: 'productionRuns.viewCosts', unitCost: 'items.viewCosts' }
    expect(hiddenCostFields(rules, new Set()).has('unitCost')).toBe(true)
    expect(hiddenCostFields(rules, new Set()).has('cost')).toBe(true)
    const withItems = hiddenCostFields(rules, new Set(['items.viewCosts']))
    expect(withItems.has('unitCost')).toBe(false)
    expect(withItems.has('cost')).toBe(true)
    expect(withItems.has('totalCost')).toBe(true)
  })
})

describe('withoutFields', () => {
  const answer = {
    entries: [{ cost: 12, id: 1, lots: [3] }],
    movements: [
      { id: 7, quantity: '2', unitCost: '6' },
      { id: 8, quantity: '1', unitCost: '4' },
    ],
    nested: { deeper: [{ costs: { unitCost: 1 }, name: 'x' }] },
    replayed: false,
  }

  it('takes the named fields out at every depth and keeps everything else', () => {
    expect(withoutFields(answer, new Set(['cost', 'costs', 'unitCost']))).toEqual({
      entries: [{ id: 1, lots: [3] }],
      movements: [
        { id: 7, quantity: '2' },
        { id: 8, quantity: '1' },
      ],
      nested: { deeper: [{ name: 'x' }] },
      replayed: false,
    })
  })

  it('leaves the answer itself untouched', () => {
    const copy = structuredClone(answer)
    withoutFields(answer, new Set(['unitCost']))
    expect(answer).toEqual(copy)
  })

  it('keeps scalars, nulls, dates and an answer with nothing to hide as they are', () => {
    const at = new Date('2026-01-01T00:00:00Z')
    expect(withoutFields({ at, none: null, n: 1 }, new Set(['cost']))).toEqual({
      at,
      n: 1,
      none: null,
    })
    expect(withoutFields(null, new Set(['cost']))).toBeNull()
    expect(withoutFields('text', new Set(['cost']))).toBe('text')
    expect(withoutFields(answer, new Set())).toBe(answer)
  })
})
