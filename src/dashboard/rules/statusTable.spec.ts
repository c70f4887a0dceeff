import { describe, expect, it } from 'vitest'

import { statusTable } from './statusTable'

describe('statusTable', () => {
  const statuses = [{ id: 1 }, { id: 2 }, { id: 3 }]
  const days = ['2026-12-08', '2026-12-09']

  it('puts each count in its status row and day column, every status kept', () => {
    const table = statusTable(statuses, days, [
      { count: 2, day: '2026-12-08', status: 1 },
      { count: 5, day: '2026-12-09', status: 1 },
      { count: 1, day: '2026-12-09', status: '3' },
    ])
    expect(table).toEqual([
      { perDay: [2, 5], status: { id: 1 }, total: 7 },
      { perDay: [0, 0], status: { id: 2 }, total: 0 },
      { perDay: [0, 1], status: { id: 3 }, total: 1 },
    ])
  })

  it('leaves out counts of other days and unknown statuses', () => {
    const table = statusTable(statuses, days, [
      { count: 4, day: '2026-12-10', status: 1 },
      { count: 4, day: '2026-12-08', status: 9 },
    ])
    expect(table.every((row) => row.total === 0)).toBe(true)
  })
})
