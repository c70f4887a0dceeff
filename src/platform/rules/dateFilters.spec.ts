import { describe, expect, it } from 'vitest'

import { dateFilterRange, dateFilters } from './dateFilters'

describe('dateFilterRange', () => {
  // 2026-12-02 is a Wednesday.
  const today = '2026-12-02'

  it('covers single days around today', () => {
    expect(dateFilterRange('yesterday', today)).toEqual({ from: '2026-12-01', to: '2026-12-02' })
    expect(dateFilterRange('today', today)).toEqual({ from: '2026-12-02', to: '2026-12-03' })
    expect(dateFilterRange('tomorrow', today)).toEqual({ from: '2026-12-03', to: '2026-12-04' })
  })

  it('covers weeks from Monday, and the calendar month', () => {
    expect(dateFilterRange('this_week', today)).toEqual({ from: '2026-11-30', to: '2026-12-07' })
    expect(dateFilterRange('next_week', today)).toEqual({ from: '2026-12-07', to: '2026-12-14' })
    expect(dateFilterRange('this_month', today)).toEqual({ from: '2026-12-01', to: '2027-01-01' })
  })

  it('treats Sunday as the end of its week and crosses year ends', () => {
    expect(dateFilterRange('this_week', '2026-12-06')).toEqual({
      from: '2026-11-30',
      to: '2026-12-07',
    })
    expect(dateFilterRange('tomorrow', '2026-12-31')).toEqual({
      from: '2027-01-01',
      to: '2027-01-02',
    })
  })

  it('always gives a non-empty range that contains or neighbours today', () => {
    for (const filter of dateFilters) {
      const { from, to } = dateFilterRange(filter, today)
      expect(from < to).toBe(true)
    }
  })
})
