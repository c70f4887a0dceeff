/**
 * The demo's last month on Floor E (workshop), so the production dashboard has something to say:
 * wheels made every day and bicycles every other day for the last 30 days (not always as many as
 * planned, from stock bought above the standard cost), tables ordered every five days, oak milled
 * in runs that lose wood at every stage; work left late in the last days, work running today,
 * and the coming days' bicycles and tables, which the floor's paint and table tops cannot cover.
 * Days are counted from the day the seed runs (negative: past).
 */

import { demoNoon } from './demoDays'
import type { DemoStatusName } from './demoProduction'
import type { DemoRun, DemoStageWork } from './seedRuns'

export const historyFloor = { code: 'FL-E', kind: 'production_floor', name: 'Floor E (workshop)' }

/** Bought for the floor 35 days ago, each above its standard cost. */
export const historyStock: { quantity: string; sku: string; unitCost: string }[] = [
  { quantity: '260', sku: 'HUB-PL', unitCost: '0.85' },
  { quantity: '260', sku: 'STL-T20', unitCost: '3.55' },
  { quantity: '12', sku: 'PNT-RED', unitCost: '12.9' },
  { quantity: '160', sku: 'LABOUR-H', unitCost: '30' },
  { quantity: '12', sku: 'TOP', unitCost: '315' },
  { quantity: '60', sku: 'SCREW', unitCost: '10.4' },
  { quantity: '48', sku: 'LEG', unitCost: '51' },
  { quantity: '4200', sku: 'OAK-LOG', unitCost: '0.95' },
]

export type HistoryExecution = {
  day: number
  lotLabel: string
  plannedQuantity: number
  producedQuantity?: number
  product: 'BIKE' | 'WHEEL'
  status: DemoStatusName
}

/** Where the work of a recent day stands: done until three days ago, late since, running today. */
const standing: Record<number, Partial<Record<'BIKE' | 'WHEEL', DemoStatusName>>> = {
  [-2]: { BIKE: 'Assembly', WHEEL: 'Painting' },
  [-1]: { WHEEL: 'Packaging' },
  0: { BIKE: 'Plan', WHEEL: 'Assembly' },
  1: { BIKE: 'Plan', WHEEL: 'Plan' },
  2: { BIKE: 'Plan' },
}

/**
 * Wheels every day, bicycles every other day, from 30 days ago to two days ahead; a completed
 * one made a little less than planned now and then. Wheels come first each day: a bicycle takes
 * them from the floor.
 */
export function historyExecutions(): HistoryExecution[] {
  const executions: HistoryExecution[] = []
  for (let day = -30; day <= 2; day++) {
    const label = day < 0 ? `H${-day}` : `N${day}`
    for (const product of ['WHEEL', 'BIKE'] as const) {
      const status = day < -2 ? 'Completed' : standing[day]?.[product]
      if (!status || (product === 'BIKE' && day < -2 && day % 2 !== 0)) continue
      const planned = product === 'WHEEL' ? 8 : day > 0 ? 10 : 4
      const short = product === 'WHEEL' ? day % 4 === 0 : day % 3 === 0
      executions.push({
        day,
        lotLabel: `L-${product}-${label}`,
        plannedQuantity: planned,
        producedQuantity: status === 'Completed' ? planned - (short ? 1 : 0) : undefined,
        product,
        status,
      })
    }
  }
  return executions
}

/** Tables every five days, done; one late in Painting; one for next week waiting for tops. */
export const historyOrders: { day: number; quantity: number; status: DemoStatusName }[] = [
  ...[-29, -24, -19, -14, -9, -4].map((day, n) => ({
    day,
    quantity: 1 + (n % 2),
    status: 'Completed' as const,
  })),
  { day: -1, quantity: 2, status: 'Painting' },
  { day: 5, quantity: 4, status: 'Plan' },
]

/** The orders are found again by their notes. */
export const historyOrderNotes = (day: number) =>
  `Demo: tables for the workshop's customers, due ${day < 0 ? `${-day} days before` : `${day} days after`} the demo was installed.`

/** Oak milling: logs sawn into boards, dried and planed; each stage loses some of its wood. */
export const timberItems = [
  { kind: 'material', name: 'Wood chips', sku: 'WOOD-CHIPS', standardCost: 0.05 },
  { kind: 'material', name: 'Oak log', scrap: true, sku: 'OAK-LOG', standardCost: 0.9 },
  { kind: 'material', name: 'Sawn oak board', scrap: true, sku: 'OAK-SAWN', standardCost: 1.4 },
  { kind: 'material', name: 'Dried oak board', scrap: true, sku: 'OAK-DRY', standardCost: 1.8 },
  { kind: 'product', name: 'Planed oak plank', sku: 'OAK-PLANK', standardCost: 2.4 },
] as const

export const timberStages = ['Sawing', 'Drying', 'Planing'] as const

type LossType = 'rejection' | 'scrap' | 'waste'

/** Each stage's input, output, and what it loses of its input by type, per thousand. */
const timberFlow: [string, string, string, [LossType, number][]][] = [
  [
    'Sawing',
    'OAK-LOG',
    'OAK-SAWN',
    [
      ['waste', 60],
      ['scrap', 90],
      ['rejection', 20],
    ],
  ],
  [
    'Drying',
    'OAK-SAWN',
    'OAK-DRY',
    [
      ['waste', 130],
      ['rejection', 30],
    ],
  ],
  [
    'Planing',
    'OAK-DRY',
    'OAK-PLANK',
    [
      ['waste', 55],
      ['scrap', 45],
      ['rejection', 20],
    ],
  ],
]

/** A run's stages, `logs` kg in, each loss a little worse when `rough`, `stages` of them done. */
function timberRun(day: number, logs: number, rough: number, stages: number): DemoRun {
  const work: Record<string, DemoStageWork> = {}
  let input = logs
  for (const [stage, from, to, rates] of timberFlow.slice(0, stages)) {
    const losses = rates.map(([type, perMille]): [LossType, string, number] => [
      type,
      from,
      Math.round((input * perMille * rough) / 1000),
    ])
    const output = input - losses.reduce((sum, [, , quantity]) => sum + quantity, 0)
    work[stage] = { inputs: [[from, input]], losses, outputs: [[to, output]] }
    input = output
  }
  return {
    complete: stages === timberFlow.length,
    description: `Oak logs milled ${-day} days before the demo was installed`,
    startedAt: demoNoon(day),
    work,
  }
}

/** Three runs done over the month, one still in work (sawn and dried, not planed yet). */
export const timberRuns = (): DemoRun[] => [
  timberRun(-27, 1000, 1, 3),
  timberRun(-19, 900, 1.3, 3),
  timberRun(-11, 1200, 0.8, 3),
  timberRun(-3, 1000, 1.1, 2),
]
