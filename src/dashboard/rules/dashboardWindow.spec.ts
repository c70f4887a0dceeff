import { describe, expect, it } from 'vitest'

import { dayWindow, daysAsked, defaultDays, isLate, maxDays, startOf } from './dashboardWindow'

describe('dayWindow', () => {
  it('covers today and the days after it, across a month end', () => {
    expect(dayWindow('2026-12-30', 3)).toEqual({
      days: ['2026-12-30', '2026-12-31', '2027-01-01'],
      from: '2026-12-30',
      to: '2027-01-02',
    })
    expect(dayWindow('2026-12-08', 1)).toEqual({
      days: ['2026-12-08'],
      from: '2026-12-08',
      to: '2026-12-09',
    })
  })

  it('starts a day at midnight UTC', () => {
    expect(startOf('2026-12-08')).toBe('2026-12-08T00:00:00.000Z')
  })
})

describe('daysAsked', () => {
  it('takes a whole number of days, capped, and the default for anything else', () => {
    expect(daysAsked('7')).toBe(7)
    expect(daysAsked(2)).toBe(2)
    expect(daysAsked('99')).toBe(maxDays)
    for (const bad of [undefined, '', 'x', '0', -2, 1.5]) expect(daysAsked(bad)).toBe(defaultDays)
  })
})

describe('isLate', () => {
  const today = '2026-12-08'
  it('is late when its day has passed and it is not done', () => {
    expect(isLate('2026-12-07T12:00:00.000Z', false, today)).toBe(true)
    expect(isLate('2026-12-07', true, today)).toBe(false)
  })
  it('is not late today or later, nor without a day', () => {
    expect(isLate('2026-12-08T12:00:00.000Z', false, today)).toBe(false)
    expect(isLate('2026-12-09', false, today)).toBe(false)
    expect(isLate(null, false, today)).toBe(false)
  })
})
