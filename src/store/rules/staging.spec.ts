import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { lotsToStage, stagedTrolley, waitingToStage } from './staging'

describe('waitingToStage', () => {
  it('is what was issued, less what went back and what waits on a trolley', () => {
    expect(waitingToStage({ issued: 10, returned: 2, staged: 3 }).toFixed()).toBe('5')
    expect(waitingToStage({ issued: 4, picked: 9 }).toFixed()).toBe('4')
    expect(waitingToStage({ issued: 1, staged: 1 }).toFixed()).toBe('0')
    expect(waitingToStage({ consumed: 4, issued: 10, staged: 3 }).toFixed()).toBe('3')
  })
})

describe('lotsToStage', () => {
  it('lists every waiting lot of every requisition, line by line, and skips the rest', () => {
    const requisitions = [
      {
        id: 1,
        lines: [
          {
            item: 5,
            lots: [
              { issued: 3, lot: 50 },
              { issued: 2, lot: 51, staged: 2 },
            ],
          },
          { item: { id: 6 }, lots: [{ issued: 1.5, lot: { id: 60 } }] },
        ],
      },
      { id: 2, lines: [{ item: 5, lots: [{ issued: 4, lot: 52, returned: 1 }] }] },
      { id: 3, lines: null },
    ]
    expect(
      lotsToStage(requisitions).map((s) => [s.requisition, s.item, s.lot, s.quantity.toFixed()]),
    ).toEqual([
      [1, 5, 50, '3'],
      [1, 6, 60, '1.5'],
      [2, 5, 52, '3'],
    ])
  })
})

describe('stagedTrolley', () => {
  const staged = [{ item: 5, line: null, lot: 50, quantity: new Big('2.5'), requisition: 1 }]
  const requisitions = [{ executions: [7, 8], id: 1 }]

  it('makes a new trolley on the floor, labelled when asked', () => {
    expect(stagedTrolley(null, requisitions, staged, 3, '  Left bay ')).toEqual({
      executions: [7, 8],
      floor: 3,
      label: 'Left bay',
      lines: [{ item: 5, lot: 50, quantity: 2.5, requisition: 1 }],
      requisitions: [1],
      state: 'ready',
    })
    expect(stagedTrolley(null, requisitions, staged, 3, '   ')).not.toHaveProperty('label')
  })

  it('adds to a trolley already there, each execution and requisition once', () => {
    const existing = {
      executions: [{ id: 8 }, 9],
      lines: [{ item: 4, lot: 40, quantity: 1, requisition: 2 }],
      requisitions: [2, 1],
    }
    const data = stagedTrolley(existing, requisitions, staged, 3, undefined)
    expect(data.executions).toEqual([8, 9, 7])
    expect(data.requisitions).toEqual([2, 1])
    expect(data.lines).toHaveLength(2)
  })
})
