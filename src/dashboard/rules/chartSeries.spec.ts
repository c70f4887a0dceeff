import { describe, expect, it } from 'vitest'

import {
  amount,
  chartFloors,
  costsPerProduct,
  dayLabel,
  lossesPerStage,
  money,
  plannedAgainstProduced,
  valuesByLocation,
  windowDayKeys,
  windowDays,
  windowStart,
} from './chartSeries'

describe('the charts’ window', () => {
  const now = new Date('2026-12-07T15:30:00Z')

  it('runs back from today, midnight UTC, over the days asked (30 by default)', () => {
    expect(windowDays(undefined)).toBe(30)
    expect(windowStart(now, 30).toISOString()).toBe('2026-11-08T00:00:00.000Z')
    expect(windowStart(now, 1).toISOString()).toBe('2026-12-07T00:00:00.000Z')
    expect(windowDayKeys(now, 3)).toEqual(['2026-12-05', '2026-12-06', '2026-12-07'])
    expect(windowDayKeys(new Date('2027-01-01T00:00:00Z'), 2)).toEqual(['2026-12-31', '2027-01-01'])
  })

  it('refuses a length that is not a whole number of days from 1 to 366', () => {
    for (const days of [0, -3, 1.5, 367, '30'])
      expect(() => windowDays(days)).toThrow(/days must be a whole number from 1 to 366/)
    expect(windowDays(366)).toBe(366)
  })

  it('labels days as a month and a day', () => {
    expect(dayLabel('2026-12-07')).toBe('Dec 7')
    expect(dayLabel('2027-01-31')).toBe('Jan 31')
  })
})

describe('the floors the charts cover', () => {
  const choosable = [{ id: 4 }, { id: 7 }]

  it('is the floor chosen, else a floor-bound user’s own (maybe none), else every floor', () => {
    expect(chartFloors({ choosable, chosen: 7, floorBound: true })).toEqual([7])
    expect(chartFloors({ choosable, chosen: null, floorBound: true })).toEqual([4, 7])
    expect(chartFloors({ choosable: [], chosen: null, floorBound: true })).toEqual([])
    expect(chartFloors({ choosable, chosen: null, floorBound: false })).toBeNull()
  })
})

describe('planned against produced', () => {
  it('has every day of the window, a zero where nothing was planned or made', () => {
    const days = ['2026-12-05', '2026-12-06', '2026-12-07']
    expect(
      plannedAgainstProduced(
        days,
        [
          { day: '2026-12-05', quantity: '10' },
          { day: '2026-12-07', quantity: '2.5' },
        ],
        [{ day: '2026-12-06', quantity: '4' }],
      ),
    ).toEqual([
      { day: '2026-12-05', label: 'Dec 5', planned: 10, produced: 0 },
      { day: '2026-12-06', label: 'Dec 6', planned: 0, produced: 4 },
      { day: '2026-12-07', label: 'Dec 7', planned: 2.5, produced: 0 },
    ])
  })
})

describe('losses per stage', () => {
  const row = (
    process: string,
    stage: string,
    position: null | number,
    kind: any,
    quantity: string,
    unit = 'ct',
  ) => ({
    kind,
    position,
    process,
    quantity,
    stage,
    unit,
  })

  it('puts a stage’s waste, rejection and scrap on one bar, stages in their process’s order', () => {
    expect(
      lossesPerStage([
        row('Gems', 'Cutting', 1, 'scrap', '2'),
        row('Gems', 'Sorting', 0, 'waste', '4'),
        row('Gems', 'Sorting', 0, 'rejection', '3'),
        row('Gems', 'Cutting', 1, 'waste', '1.5'),
      ]),
    ).toEqual([
      { label: 'Sorting', rejection: 3, scrap: 0, stage: 'Sorting', unit: 'ct', waste: 4 },
      { label: 'Cutting', rejection: 0, scrap: 2, stage: 'Cutting', unit: 'ct', waste: 1.5 },
    ])
  })

  it('names the process when there are several, the unit when units differ, never adding units', () => {
    const bars = lossesPerStage([
      row('Weaving', 'Dyeing', 0, 'waste', '5', 'm'),
      row('Gems', 'Removed stage', null, 'waste', '1'),
      row('Gems', 'Cutting', 1, 'waste', '2', 'ct'),
      row('Gems', 'Cutting', 1, 'waste', '1', 'pcs'),
    ])
    expect(bars.map((bar) => [bar.label, bar.waste])).toEqual([
      ['Gems › Cutting (ct)', 2],
      ['Gems › Cutting (pcs)', 1],
      ['Gems › Removed stage (ct)', 1],
      ['Weaving › Dyeing (m)', 5],
    ])
  })

  it('is empty without losses', () => {
    expect(lossesPerStage([])).toEqual([])
  })
})

describe('standard against actual cost per product', () => {
  it('divides what was produced by its quantity, beside the standard (none when unset)', () => {
    expect(
      costsPerProduct([
        { name: 'Toy', quantity: '3', standard_cost: '4', unit: 'pcs', value: '13' },
        { name: 'Dough', quantity: '20', standard_cost: null, unit: 'kg', value: '10' },
        { name: 'Nothing', quantity: '0', standard_cost: '1', unit: 'kg', value: '0' },
      ]),
    ).toEqual([
      { actual: 4.3333, label: 'Toy', quantity: 3, standard: 4, unit: 'pcs' },
      { actual: 0.5, label: 'Dough', quantity: 20, standard: null, unit: 'kg' },
    ])
  })
})

describe('on-hand value by location', () => {
  it('orders locations by value, the most valuable first, at cents', () => {
    expect(
      valuesByLocation([
        { kind: 'warehouse', name: 'Store', uncosted: '0', value: '10.005' },
        { kind: 'production_floor', name: 'Floor', uncosted: '3', value: '250.5' },
      ]),
    ).toEqual([
      { kind: 'production_floor', label: 'Floor', uncosted: 3, value: 250.5 },
      { kind: 'warehouse', label: 'Store', uncosted: 0, value: 10.01 },
    ])
  })

  it('prints money at two decimals and quantities at up to three', () => {
    expect(money(1234.5)).toBe('1,234.50')
    expect(amount(1234.5)).toBe('1,234.5')
    expect(amount(0.12345)).toBe('0.123')
  })
})
