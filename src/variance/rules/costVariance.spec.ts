import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { costVariance, plannedCost, sumFigures } from './costVariance'

const d = (value: number | string) => new Big(value)
const text = (figures: Record<string, Big | null>) =>
  Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, v === null ? null : v.toFixed()]))

describe('plannedCost', () => {
  it('costs the planned lines at current cost and the operations at their rates', () => {
    // Two tables: 2 tops at 300, 10 screws at 10, 8 legs at 50 (1100) and 60 minutes at 100 (100).
    const { figures, lines } = plannedCost({
      itemCosts: new Map([
        [1, { source: 'on_hand', unitCost: d(300) }],
        [2, { source: 'last_purchase', unitCost: d(10) }],
        [3, { source: 'standard', unitCost: d(50) }],
      ]),
      lines: [
        { item: 1, quantity: d(2) },
        { item: 2, quantity: d(10) },
        { item: 3, quantity: d(8) },
      ],
      operations: [{ crewSize: d(1), minutes: d(60), ratePerHour: d(100) }],
      output: d(2),
      product: 9,
    })
    expect(text(figures)).toEqual({
      materialCost: '1100',
      operationCost: '100',
      totalCost: '1200',
      unitCost: '600',
    })
    expect(lines.map((line) => [line.item, line.cost.toFixed(), line.source])).toEqual([
      [1, '600', 'on_hand'],
      [2, '100', 'last_purchase'],
      [3, '400', 'standard'],
    ])
  })

  it('counts an item of unknown cost as nothing, saying so, and has no unit cost for no output', () => {
    const { figures, lines } = plannedCost({
      itemCosts: new Map(),
      lines: [{ item: 1, quantity: d(3) }],
      operations: [],
      output: d(0),
      product: 9,
    })
    expect(text(figures)).toEqual({
      materialCost: '0',
      operationCost: '0',
      totalCost: '0',
      unitCost: null,
    })
    expect(lines[0]!.source).toBe('none')
  })
})

describe('costVariance', () => {
  it('is actual less planned, figure by figure', () => {
    const planned = {
      materialCost: d(1100),
      operationCost: d(100),
      totalCost: d(1200),
      unitCost: d(600),
    }
    const actual = {
      materialCost: d(1050),
      operationCost: d(150),
      totalCost: d(1200),
      unitCost: d(600),
    }
    expect(text(costVariance(planned, actual))).toEqual({
      materialCost: '-50',
      operationCost: '50',
      totalCost: '0',
      unitCost: '0',
    })
    expect(costVariance(planned, { ...actual, unitCost: null }).unitCost).toBeNull()
  })
})

describe('sumFigures', () => {
  it('adds money figure by figure and gives no unit cost', () => {
    const one = { materialCost: d('0.1'), operationCost: d(0), totalCost: d('0.1'), unitCost: d(1) }
    const two = { materialCost: d('0.2'), operationCost: d(5), totalCost: d('5.2'), unitCost: d(2) }
    expect(text(sumFigures([one, two]))).toEqual({
      materialCost: '0.3',
      operationCost: '5',
      totalCost: '5.3',
      unitCost: null,
    })
    expect(text(sumFigures([]))).toEqual({
      materialCost: '0',
      operationCost: '0',
      totalCost: '0',
      unitCost: null,
    })
  })
})
