import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import {
  operationActualCost,
  operationPlannedCost,
  operationsCost,
  planOperations,
  resourceHours,
} from './operations'

const d = (value: number | string) => new Big(value)
const assembly = { crewSize: d(1), minutes: d(30), ratePerHour: d(100) }

describe('resourceHours', () => {
  it('is crew × minutes ÷ 60', () => {
    expect(resourceHours({ crewSize: d(2), minutes: d(45) }).toFixed()).toBe('1.5')
    expect(resourceHours({ crewSize: d(1), minutes: d(10) }).toFixed()).toBe('0.166667')
  })
})

describe('operationPlannedCost', () => {
  it('is crew × minutes ÷ 60 × rate', () => {
    expect(operationPlannedCost(assembly).toFixed()).toBe('50')
    expect(
      operationPlannedCost({ crewSize: d(3), minutes: d(20), ratePerHour: d('42.5') }).toFixed(),
    ).toBe('42.5')
  })

  it('rounds once, not the hours and then the cost', () => {
    // 10 minutes is 0.166667 hours rounded; × 600 that would be 100.0002.
    expect(
      operationPlannedCost({ crewSize: d(1), minutes: d(10), ratePerHour: d(600) }).toFixed(),
    ).toBe('100')
  })
})

describe('operationActualCost', () => {
  const recorded = (actualCrewSize: null | number, actualMinutes: null | number) => ({
    ...assembly,
    actualCrewSize: actualCrewSize === null ? null : d(actualCrewSize),
    actualMinutes: actualMinutes === null ? null : d(actualMinutes),
  })
  it('costs the recorded crew and minutes at the rate', () => {
    // 2 people × 45 minutes = 1.5 hours × 100 = 150.
    expect(operationActualCost(recorded(2, 45)).toFixed()).toBe('150')
  })
  it('falls back to the planned crew or minutes where none was recorded', () => {
    // Planned: 1 person, 30 minutes at 100 an hour.
    expect(operationActualCost(recorded(null, null)).toFixed()).toBe('50')
    expect(operationActualCost(recorded(3, null)).toFixed()).toBe('150')
    expect(operationActualCost(recorded(null, 12)).toFixed()).toBe('20')
  })
  it('takes a recorded zero as zero, not as nothing recorded', () => {
    expect(operationActualCost(recorded(1, 0)).toFixed()).toBe('0')
  })
})

describe('operationsCost', () => {
  it('sums the operations, and is zero without any', () => {
    const painting = { crewSize: d(2), minutes: d(15), ratePerHour: d(40) }
    expect(operationsCost([assembly, painting]).toFixed()).toBe('70')
    expect(operationsCost([]).toFixed()).toBe('0')
  })
})

describe('planOperations', () => {
  it('scales minutes like components and keeps everything else', () => {
    const recipe = { basis: 'per_unit' as const, output: d(1) }
    const [planned] = planOperations(recipe, [{ ...assembly, step: 'Assemble' }], {
      mode: 'discrete',
      quantity: d(4),
    })
    expect(planned.minutes.toFixed()).toBe('120')
    expect(planned.step).toBe('Assemble')
    expect(operationPlannedCost(planned).toFixed()).toBe('200')
  })

  it('multiplies minutes by the batches in batch mode', () => {
    const recipe = { basis: 'per_batch' as const, output: d(20) }
    const [planned] = planOperations(recipe, [assembly], { batches: 3, mode: 'batch' })
    expect(planned.minutes.toFixed()).toBe('90')
  })
})
