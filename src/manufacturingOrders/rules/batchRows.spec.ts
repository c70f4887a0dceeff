import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { type BatchRow, batchRows, type BatchStatus, startNextBatch } from './batchRows'

const d = (value: number | string) => new Big(value)
const row = (batchNumber: number, status: BatchStatus, plannedQuantity = 10): BatchRow => ({
  batchNumber,
  plannedQuantity: d(plannedQuantity),
  status,
})
const shown = (result: ReturnType<typeof batchRows>) => {
  if (!result.ok) throw new Error(result.code)
  return result.rows.map((r) => `${r.batchNumber}:${r.status}:${r.plannedQuantity.toFixed()}`)
}

describe('batchRows', () => {
  it('generates pending rows numbered in sequence from nothing', () => {
    expect(shown(batchRows([], 3, d(20)))).toEqual(['1:pending:20', '2:pending:20', '3:pending:20'])
  })

  it('keeps rows in progress or completed, and regenerates only the pending ones', () => {
    const done = { ...row(1, 'completed'), completedQuantity: d(9), id: 'a' }
    const running = { ...row(2, 'in_progress'), id: 'b' }
    const result = batchRows([done, running, row(3, 'pending'), row(4, 'pending')], 3, d(12))
    expect(shown(result)).toEqual(['1:completed:10', '2:in_progress:10', '3:pending:12'])
    if (!result.ok) throw new Error(result.code)
    expect(result.rows[0]).toBe(done)
    expect(result.rows[1]).toBe(running)
  })

  it('adds pending rows after the kept ones when the count grows', () => {
    expect(shown(batchRows([row(1, 'completed'), row(2, 'pending')], 4, d(10)))).toEqual([
      '1:completed:10',
      '2:pending:10',
      '3:pending:10',
      '4:pending:10',
    ])
  })

  it('fills the numbers around a batch started out of order', () => {
    expect(shown(batchRows([row(1, 'pending'), row(2, 'in_progress')], 3, d(10)))).toEqual([
      '1:pending:10',
      '2:in_progress:10',
      '3:pending:10',
    ])
  })

  it.each([
    {
      batches: 1,
      existing: [row(1, 'completed'), row(2, 'in_progress'), row(3, 'pending')],
      minimum: 2,
      nonPending: 2,
      title: 'refuses fewer batches than the rows in progress or completed, naming them',
    },
    {
      batches: 2,
      existing: [row(1, 'pending'), row(2, 'pending'), row(3, 'completed')],
      minimum: 3,
      nonPending: 1,
      title: 'refuses a count that would drop below a batch started out of order',
    },
  ])('$title', ({ batches, existing, minimum, nonPending }) => {
    expect(batchRows(existing, batches, d(10))).toEqual({
      code: 'below_non_pending',
      minimum,
      nonPending,
      ok: false,
    })
  })

  it('refuses a count that is not a whole number of at least 1', () => {
    for (const batches of [0, -1, 2.5, Number.NaN]) {
      expect(batchRows([], batches, d(10))).toMatchObject({ code: 'invalid_batches', ok: false })
    }
  })
})

describe('startNextBatch', () => {
  const rows = (...statuses: BatchStatus[]) =>
    statuses.map((status, index) => ({ batchNumber: index + 1, status }))
  const statuses = (result: { status: string }[]) => result.map((row) => row.status)

  it.each([
    {
      after: ['pending', 'pending'],
      before: rows('pending', 'pending'),
      started: false,
      title: 'leaves every batch pending until work starts',
    },
    {
      after: ['in_progress', 'pending'],
      before: rows('pending', 'pending'),
      started: true,
      title: 'starts the first pending batch once work starts',
    },
    {
      after: ['completed', 'in_progress', 'pending'],
      before: rows('completed', 'pending', 'pending'),
      started: true,
      title: 'moves on to the next batch once one is completed',
    },
  ])('$title', ({ after, before, started }) => {
    expect(statuses(startNextBatch(before, started))).toEqual(after)
  })
  it('keeps one batch in progress at a time, and starts none when all are completed', () => {
    expect(statuses(startNextBatch(rows('pending', 'in_progress'), true))).toEqual([
      'pending',
      'in_progress',
    ])
    expect(statuses(startNextBatch(rows('completed'), true))).toEqual(['completed'])
  })
})
