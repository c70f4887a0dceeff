import { describe, expect, it } from 'vitest'

import { parseDay } from './calendarDay'

describe('parseDay', () => {
  it('takes calendar days and refuses anything else, saying why', () => {
    expect(parseDay('2026-11-23')).toEqual({ day: '2026-11-23', ok: true })
    expect(parseDay(' 2028-02-29 ')).toEqual({ day: '2028-02-29', ok: true })
    expect(parseDay('2026-02-30')).toEqual({
      message: '2026-02-30 is not a day of the calendar',
      ok: false,
    })
    for (const bad of ['23/11/2026', '2026-11-23T10:00', '', 20261123, null])
      expect(parseDay(bad)).toEqual({ message: 'must be a day as YYYY-MM-DD', ok: false })
  })
})
