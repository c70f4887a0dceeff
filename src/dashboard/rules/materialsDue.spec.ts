import { describe, expect, it } from 'vitest'

import { statusesBeforeConsumption } from './materialsDue'

describe('statusesBeforeConsumption', () => {
  it('keeps the statuses before the one that deducts materials', () => {
    expect(statusesBeforeConsumption([4, 7, 2, 9], 2)).toEqual([4, 7])
    expect(statusesBeforeConsumption([4, 7, 2, 9], 4)).toEqual([])
  })
  it('keeps none for a status outside the workflow', () => {
    expect(statusesBeforeConsumption([4, 7], 5)).toEqual([])
  })
})
