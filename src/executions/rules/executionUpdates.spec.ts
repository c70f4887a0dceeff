import { describe, expect, it } from 'vitest'

import { consumedRefusal, readExecutionUpdates } from './executionUpdates'

describe('readExecutionUpdates', () => {
  it('reads each update’s quantity and date as the collection stores them', () => {
    expect(
      readExecutionUpdates([
        { id: 1, plannedQuantity: '2.50' },
        { id: 2, productionDate: '2026-03-04' },
        { id: 3, plannedQuantity: 4, productionDate: null },
      ]),
    ).toEqual({
      changes: [
        { data: { plannedQuantity: 2.5 }, id: 1 },
        { data: { productionDate: '2026-03-04T12:00:00.000Z' }, id: 2 },
        { data: { plannedQuantity: 4 }, id: 3 },
      ],
      problems: [],
    })
  })

  it('names wrong values, empty updates and repeated executions at their paths', () => {
    const { problems } = readExecutionUpdates([
      { id: 1 },
      { id: 2, plannedQuantity: 0 },
      { id: 3, productionDate: '2026-02-30' },
      { id: 2, plannedQuantity: 1 },
    ])
    expect(problems.map((p) => p.path)).toEqual([
      'updates[0].id',
      'updates[1].plannedQuantity',
      'updates[2].productionDate',
      'updates[3].id',
    ])
    expect(problems[0]!.message).toBe('give a plannedQuantity, a productionDate or both')
    expect(problems[1]!.message).toBe('must be greater than zero')
    expect(problems[3]!.message).toBe('names an execution already listed')
  })

  it('does not call an update empty once an earlier one had a problem', () => {
    const { problems } = readExecutionUpdates([{ id: 1, plannedQuantity: 'x' }, { id: 2 }])
    expect(problems).toEqual([{ message: 'must be a number', path: 'updates[0].plannedQuantity' }])
  })
})

describe('consumedRefusal', () => {
  it('says what was consumed where, and how to change the quantity', () => {
    expect(consumedRefusal('FLOUR', 'Mixing')).toBe(
      'consumed FLOUR at Mixing: move it back before Mixing to change its quantity',
    )
  })
})
