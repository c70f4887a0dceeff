import { describe, expect, it } from 'vitest'

import { outputRowToRecord, postedByLine } from './outputRow'

const batches = [
  { batchNumber: 1, id: 'a', status: 'completed' },
  { batchNumber: 2, id: 'b', status: 'pending' },
]

describe('outputRowToRecord', () => {
  it('completes the batch named by its row id or its batch number', () => {
    const byId = outputRowToRecord({ mode: 'batch', named: 'b', newRowId: 'x', rows: batches })
    const byNumber = outputRowToRecord({ mode: 'batch', named: '2', newRowId: 'x', rows: batches })
    expect(byId).toEqual({ ok: true, row: batches[1] })
    expect(byNumber).toEqual({ ok: true, row: batches[1] })
  })

  it('refuses a batch that is not there or already completed', () => {
    expect(outputRowToRecord({ mode: 'batch', named: '9', newRowId: 'x', rows: batches })).toEqual({
      code: 'no_batch',
      ok: false,
    })
    expect(
      outputRowToRecord({ mode: 'batch', named: undefined, newRowId: 'x', rows: batches }),
    ).toEqual({ code: 'no_batch', ok: false })
    expect(outputRowToRecord({ mode: 'batch', named: 'a', newRowId: 'x', rows: batches })).toEqual({
      batchNumber: 1,
      code: 'batch_completed',
      ok: false,
    })
  })

  it('adds a pending row in discrete mode, once per row id', () => {
    expect(
      outputRowToRecord({ mode: 'discrete', named: 'a', newRowId: 'x', rows: batches }),
    ).toEqual({ ok: true, row: { id: 'x', status: 'pending' } })
    expect(
      outputRowToRecord({ mode: 'discrete', named: null, newRowId: 'a', rows: batches }),
    ).toEqual({ code: 'already_recorded', ok: false })
  })
})

describe('postedByLine', () => {
  it('sums what was posted of each line', () => {
    const posted = postedByLine([
      { line: 'ingredient:1', quantity: '1.5' },
      { line: 'ingredient:2', quantity: '2' },
      { line: 'ingredient:1', quantity: '0.25' },
    ])
    expect([...posted].map(([line, quantity]) => [line, quantity.toFixed()])).toEqual([
      ['ingredient:1', '1.75'],
      ['ingredient:2', '2'],
    ])
    expect(postedByLine([]).size).toBe(0)
  })
})
