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
/** A row of `order`: what earlier rows absorbed, the quantity it completed, what it consumed. */
const rowCost = (absorbedBefore: number, completed: number, materials: number) =>
  shown(
    outputRowCost({
      ...order,
      absorbedBefore: d(absorbedBefore),
      completed: d(completed),
      materials: d(materials),
    }),
  )

describe('outputRowCost', () => {
  it('adds the operations share of the completed quantity to the materials, apart per unit', () => {
    expect(rowCost(0, 1, 450)).toEqual({
      operationCost: '50',
      operationUnitCost: '50',
      totalCost: '500',
      unitCost: '450',
    })
    expect(rowCost(50, 3, 1350)).toEqual({
      operationCost: '150',
      operationUnitCost: '50',
      totalCost: '1500',
      unitCost: '450',
    })
  })

  it('never absorbs more than the operations cost in total', () => {
    expect(rowCost(150, 2, 900)).toEqual({
      operationCost: '50',
      operationUnitCost: '25',
      totalCost: '950',
      unitCost: '450',
    })
    expect(rowCost(200, 1, 450)).toEqual({
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
