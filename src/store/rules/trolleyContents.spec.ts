import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { trolleyByExecution } from './trolleyContents'

const d = (n: number) => new Big(n)
const shown = (groups: ReturnType<typeof trolleyByExecution>) =>
  groups.map((g) => [
    g.execution,
    g.lines.map((l) => `${l.item}/${l.lot}: ${l.quantity.toFixed()}`),
  ])

describe('trolleyByExecution', () => {
  it('shares each line over the executions it serves, first link first, lot by lot', () => {
    const served = [
      {
        item: 1,
        links: [
          { execution: 10, quantity: d(6) },
          { execution: 11, quantity: d(4) },
        ],
        requisition: 5,
      },
      { item: 2, links: [{ execution: 11, quantity: d(2) }], requisition: 5 },
    ]
    const lines = [
      { item: 1, lot: 100, quantity: d(4), requisition: 5 },
      { item: 1, lot: 101, quantity: d(5), requisition: 5 },
      { item: 2, lot: 200, quantity: d(2), requisition: 5 },
    ]
    expect(shown(trolleyByExecution(lines, served))).toEqual([
      [10, ['1/100: 4', '1/101: 2']],
      [11, ['1/101: 3', '2/200: 2']],
    ])
  })

  it('keeps apart what no requirement claims, and merges a lot staged twice', () => {
    const served = [{ item: 1, links: [{ execution: 10, quantity: d(3) }], requisition: 5 }]
    const lines = [
      { item: 1, lot: 100, quantity: d(2), requisition: 5 },
      { item: 1, lot: 100, quantity: d(2), requisition: 5 },
      { item: 3, lot: 300, quantity: d(1), requisition: 6 },
    ]
    expect(shown(trolleyByExecution(lines, served))).toEqual([
      [10, ['1/100: 3']],
      [null, ['1/100: 1', '3/300: 1']],
    ])
  })
})
