import { describe, expect, it } from 'vitest'

import { lotPickFor, nextStage, offeredItems, stageToWork, stillToPick } from './stationChoices'

const entries = [
  { item: 1, kind: 'input', stage: 'a' },
  { item: 2, kind: 'input', stage: 'b' },
  { item: 9, kind: 'output', stage: 'a' },
  { item: 1, kind: 'waste', stage: 'a' },
]

describe('offeredItems', () => {
  it('offers for inputs what the run took in, then what the floor stocks, once each', () => {
    expect(
      offeredItems({ entries, kind: 'inputs', product: 9, stage: 'a', stocked: [3, 1] }),
    ).toEqual([1, 2, 3])
  })
  it('offers for outputs the product first, then what the run gave out', () => {
    expect(offeredItems({ entries, kind: 'outputs', product: 7, stage: 'a', stocked: [] })).toEqual(
      [7, 9],
    )
    expect(
      offeredItems({ entries, kind: 'outputs', product: null, stage: 'a', stocked: [] }),
    ).toEqual([9])
  })
  it('offers for losses only what this stage took in', () => {
    expect(offeredItems({ entries, kind: 'losses', product: 9, stage: 'b', stocked: [3] })).toEqual(
      [2],
    )
    expect(
      offeredItems({ entries: [], kind: 'losses', product: 9, stage: 'b', stocked: [3] }),
    ).toEqual([])
  })
})

describe('stageToWork and nextStage', () => {
  const stages = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
  it('keeps the stage the operator moved to, else the current one, else the first', () => {
    expect(stageToWork(stages, 'a', 'c')).toBe('c')
    expect(stageToWork(stages, 'b', 'gone')).toBe('b')
    expect(stageToWork(stages, null, null)).toBe('a')
    expect(stageToWork([], null, null)).toBeNull()
  })
  it('moves to the following stage, and nowhere from the last', () => {
    expect(nextStage(stages, 'a')).toEqual({ id: 'b' })
    expect(nextStage(stages, 'c')).toBeNull()
    expect(nextStage(stages, 'x')).toBeNull()
  })
})

describe('lotPickFor', () => {
  const lines = [
    { id: 'l1', item: 1, pickedQuantity: 10, plannedQuantity: 10, sku: 'FLOUR' },
    { backflushedQuantity: 1, id: 'l2', item: 2, plannedQuantity: 5, sku: 'SUGAR' },
    { actualOverride: '4', id: 'l3', item: 2, plannedQuantity: 5, sku: 'SUGAR' },
  ]
  const lots = [
    { available: '3', code: 'S-1', id: 20, item: 2 },
    { available: '0', code: 'F-1', id: 10, item: 1 },
  ]
  const pick = (scanned: { code: string; itemId: number; lotId: number }, current?: string) =>
    lotPickFor({ current, lines, lots, order: 'MO-7', scanned })

  it('computes what a line still needs', () => {
    expect(stillToPick(lines[1]!).toFixed()).toBe('4')
    expect(stillToPick(lines[2]!).toFixed()).toBe('4')
    expect(stillToPick(lines[0]!).toFixed()).toBe('0')
  })
  it('picks for the line of the lot’s item, no more than the lot holds', () => {
    expect(pick({ code: 'S-1', itemId: 2, lotId: 20 })).toMatchObject({
      ingredient: { id: 'l2' },
      lot: 20,
      ok: true,
      quantity: '3',
    })
    expect(pick({ code: 'S-1', itemId: 2, lotId: 20 }, 'l3')).toMatchObject({
      ingredient: { id: 'l3' },
    })
  })
  it('says why a lot picks nothing', () => {
    expect(pick({ code: 'X-1', itemId: 5, lotId: 50 })).toEqual({
      ok: false,
      reason: 'Lot X-1 is not of an ingredient of MO-7: nothing was picked.',
    })
    expect(pick({ code: 'F-1', itemId: 1, lotId: 10 })).toEqual({
      ok: false,
      reason: 'FLOUR is already picked in full on MO-7: nothing was picked.',
    })
    expect(pick({ code: 'S-9', itemId: 2, lotId: 99 })).toEqual({
      ok: false,
      reason: 'Lot S-9 has nothing free to pick at this order’s floor: nothing was picked.',
    })
  })
})
