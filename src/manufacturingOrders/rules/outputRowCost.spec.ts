import Big from 'big.js'
import { describe, expect, it } from 'vitest'

import { outputRowCost } from './outputRowCost'

const d = (value: number | string) => new Big(value)
const shown = (cost: ReturnType<typeof outputRowCost>) => ({
  operationCost: cost.operationCost.toFixed(),
  operationUnitCost: cost.operationUnitCost?.toFixed() ?? null,
  totalCost: cost.totalCost.toFixed(),
  unitCost: cost.unitCost?.toFixed() ?? null,
})
const order = { operationsCost: d(200), plannedOutput: d(4) }

describe('outputRowCost', () => {
  it('adds the operations share of the completed quantity to the materials, apart per unit', () => {
    expect(
      shown(outputRowCost({ ...order, absorbedBefore: d(0), completed: d(1), materials: d(450) })),
    ).toEqual({
      operationCost: '50',
      operationUnitCost: '50',
      totalCost: '500',
      unitCost: '450',
    })
    expect(
      shown(
        outputRowCost({ ...order, absorbedBefore: d(50), completed: d(3), materials: d(1350) }),
      ),
    ).toEqual({
      operationCost: '150',
      operationUnitCost: '50',
      totalCost: '1500',
      unitCost: '450',
    })
  })

  it('never absorbs more than the operations cost in total', () => {
    expect(
      shown(
        outputRowCost({ ...order, absorbedBefore: d(150), completed: d(2), materials: d(900) }),
      ),
    ).toEqual({
      operationCost: '50',
      operationUnitCost: '25',
      totalCost: '950',
      unitCost: '450',
    })
    expect(
      shown(
        outputRowCost({ ...order, absorbedBefore: d(200), completed: d(1), materials: d(450) }),
      ),
    ).toEqual({
      operationCost: '0',
      operationUnitCost: '0',
      totalCost: '450',
      unitCost: '450',
    })
  })

  it('rounds the share and the unit cost to the stored precision', () => {
    const cost = outputRowCost({
      absorbedBefore: d(0),
      completed: d(1),
      materials: d(1),
      operationsCost: d(10),
      plannedOutput: d(3),
    })
    expect(shown(cost)).toEqual({
      operationCost: '3.333333',
      operationUnitCost: '3.333333',
      totalCost: '4.333333',
      unitCost: '1',
    })
  })

  it('has no unit cost when nothing was completed', () => {
    expect(
      shown(outputRowCost({ ...order, absorbedBefore: d(0), completed: d(0), materials: d(0) })),
    ).toMatchObject({ operationUnitCost: null, unitCost: null })
  })

  it('refuses an order that plans no output', () => {
    expect(() =>
      outputRowCost({
        absorbedBefore: d(0),
        completed: d(1),
        materials: d(1),
        operationsCost: d(1),
        plannedOutput: d(0),
      }),
    ).toThrow(RangeError)
  })
})
