import { describe, expect, it } from 'vitest'

import { netFlows, traceTree } from './lotTrace'
import { made } from './lotTrace.fixtures'
import { recallRows } from './recallRows'

describe('recall rows', () => {
  // Tomato 1 → sauce 2 (executions:1); the sauce → pizza 3 (executions:2) and lasagna 4
  // (executions:3); the sauce also → a second pizza batch of lot 3 (executions:4).
  const events = netFlows([
    ...made('executions:1', { 1: '6' }, { 2: '5' }),
    ...made('executions:2', { 2: '2' }, { 3: '4' }),
    ...made('executions:3', { 2: '1' }, { 4: '3' }),
    ...made('executions:4', { 2: '1' }, { 3: '2' }),
  ])
  const forward = traceTree(events, 1, 'forward')

  it('lists the traced lot, then each lot made from it once, with where it is now', () => {
    const at = (location: number, onHand: string) => ({ location: { id: location }, onHand })
    expect(recallRows(forward, { 1: [], 2: [at(9, '1')], 3: [at(9, '1'), at(8, '3')] })).toEqual([
      { level: 0, lot: 1, made: null, madeBy: [], where: null },
      {
        level: 1,
        lot: 2,
        made: '5',
        madeBy: ['executions:1'],
        where: { location: 9, onHand: '1' },
      },
      {
        level: 2,
        lot: 3,
        made: '6',
        madeBy: ['executions:2', 'executions:4'],
        where: { location: 9, onHand: '1' },
      },
      {
        level: 2,
        lot: 3,
        made: '6',
        madeBy: ['executions:2', 'executions:4'],
        where: { location: 8, onHand: '3' },
      },
      { level: 2, lot: 4, made: '3', madeBy: ['executions:3'], where: null },
    ])
  })

  it('counts a document once when a lot is reached through it along two paths', () => {
    // Tomato 1 → sauce 2 and purée 5 (executions:1); both → pizza 3 (executions:2).
    const twice = netFlows([
      ...made('executions:1', { 1: '6' }, { 2: '3', 5: '2' }),
      ...made('executions:2', { 2: '3', 5: '2' }, { 3: '4' }),
    ])
    const rows = recallRows(traceTree(twice, 1, 'forward'), {})
    expect(rows.find((row) => row.lot === 3)).toEqual({
      level: 2,
      lot: 3,
      made: '4',
      madeBy: ['executions:2'],
      where: null,
    })
  })
})
