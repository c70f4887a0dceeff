/**
 * The demo factory's production: recipes for every product, stock on the production floors, and
 * executions spread over the workflow (Plan → Assembly → Painting → Packaging → Completed).
 */

import type { demoCategories, demoLocations } from './demoInventory'
import type { demoStatuses } from './seedWorkflow'

type FloorCode = Exclude<(typeof demoLocations)[number]['code'], 'WH'>
export type DemoStatusName = (typeof demoStatuses)[number]['name']

/** Products the inventory seed does not have yet. */
export const demoProductionItems: {
  /** Made in batches of this size (the recipe's output); otherwise in discrete units. */
  batchSize?: number
  category?: (typeof demoCategories)[number]
  name: string
  sku: string
  standardCost: number
  unit: string
}[] = [
  { category: 'Food', name: 'Pasta al pomodoro', sku: 'PASTA', standardCost: 2.8, unit: 'pcs' },
  { category: 'Food', name: 'Lasagna', sku: 'LASAGNA', standardCost: 5.5, unit: 'pcs' },
  { name: 'Plastic toy car', sku: 'TOY', standardCost: 3.2, unit: 'pcs' },
  {
    batchSize: 20,
    category: 'Food',
    name: 'Bread dough',
    sku: 'DOUGH',
    standardCost: 0.4,
    unit: 'kg',
  },
  { name: 'Table', sku: 'TABLE', standardCost: 600, unit: 'pcs' },
]

type DemoRecipe = {
  basis: 'per_batch' | 'per_unit'
  components: { note?: string; quantity: number; sku: string }[]
  operations?: { crewSize: number; minutes: number; ratePerHour: number; step: string }[]
  outputQuantity: number
  product: string
}

/**
 * One active recipe per product, sub-recipes first (a wheel is part of a bicycle, the sauce of
 * pizza, lasagna and pasta). Operations use the labour resource.
 */
export const demoRecipes: DemoRecipe[] = [
  {
    basis: 'per_unit',
    components: [
      { quantity: 1, sku: 'HUB-PL' },
      { note: 'spokes and rim', quantity: 0.5, sku: 'STL-T20' },
    ],
    outputQuantity: 1,
    product: 'WHEEL',
  },
  {
    basis: 'per_unit',
    components: [
      { note: 'frame tube', quantity: 2, sku: 'STL-T20' },
      { quantity: 2, sku: 'WHEEL' },
      { quantity: 0.2, sku: 'PNT-RED' },
    ],
    operations: [{ crewSize: 1, minutes: 45, ratePerHour: 28, step: 'Assembly' }],
    outputQuantity: 1,
    product: 'BIKE',
  },
  {
    basis: 'per_batch',
    components: [{ quantity: 12, sku: 'TOMATO' }],
    operations: [{ crewSize: 1, minutes: 30, ratePerHour: 28, step: 'Cooking' }],
    outputQuantity: 10,
    product: 'SAUCE',
  },
  {
    basis: 'per_unit',
    components: [
      { quantity: 0.25, sku: 'FLOUR' },
      { quantity: 0.15, sku: 'SAUCE' },
      { quantity: 0.12, sku: 'MOZZ' },
    ],
    outputQuantity: 1,
    product: 'PIZZA',
  },
  {
    basis: 'per_unit',
    components: [
      { quantity: 0.2, sku: 'FLOUR' },
      { quantity: 0.3, sku: 'SAUCE' },
      { quantity: 0.15, sku: 'MOZZ' },
    ],
    outputQuantity: 1,
    product: 'LASAGNA',
  },
  {
    basis: 'per_unit',
    components: [
      { quantity: 0.15, sku: 'FLOUR' },
      { quantity: 0.2, sku: 'SAUCE' },
    ],
    outputQuantity: 1,
    product: 'PASTA',
  },
  {
    basis: 'per_unit',
    components: [
      { quantity: 0.3, sku: 'ABS-PEL' },
      { quantity: 2, sku: 'HUB-PL' },
      { quantity: 0.05, sku: 'PNT-RED' },
    ],
    outputQuantity: 1,
    product: 'TOY',
  },
  {
    basis: 'per_batch',
    components: [
      { quantity: 12, sku: 'FLOUR' },
      { quantity: 8, sku: 'WATER' },
    ],
    outputQuantity: 20,
    product: 'DOUGH',
  },
  {
    basis: 'per_unit',
    components: [
      { quantity: 1, sku: 'TOP' },
      { quantity: 5, sku: 'SCREW' },
      { quantity: 4, sku: 'LEG' },
    ],
    operations: [{ crewSize: 1, minutes: 30, ratePerHour: 100, step: 'Assemble' }],
    outputQuantity: 1,
    product: 'TABLE',
  },
]

/**
 * Opening stock moved from the Main warehouse to the floors, FIFO. ABS pellets stay in the
 * warehouse: their two opening lots there are the inventory demo's example (the toys below wait
 * in Plan until pellets are brought to Floor A).
 */
export const demoFloorTransfers: { floor: FloorCode; quantity: string; sku: string }[] = [
  { floor: 'FL-A', quantity: '50', sku: 'STL-T20' },
  { floor: 'FL-A', quantity: '10', sku: 'PNT-RED' },
  { floor: 'FL-B', quantity: '100', sku: 'FLOUR' },
  { floor: 'FL-B', quantity: '60', sku: 'TOMATO' },
  { floor: 'FL-B', quantity: '20', sku: 'MOZZ' },
]

/**
 * Stock found on the floors at the start (an adjustment, new lots): hubs, wheels and sauce made
 * before the system was used, and each floor's labour hours for the week. Labour is a capacity
 * the ledger consumes like stock: its lot gives the hours their cost (the standard rate) and a
 * floor that runs out is overbooked. (Setting the labour item's negative stock to "allow" would
 * not do: a floor with no labour lot at all has nothing for a shortfall to be booked against.)
 */
export const demoFloorOpeningLots: {
  floor: FloorCode
  quantity: string
  receivedAt: string
  sku: string
  unitCost: string
}[] = [
  {
    floor: 'FL-A',
    quantity: '80',
    receivedAt: '2026-11-16T06:00:00Z',
    sku: 'HUB-PL',
    unitCost: '0.78',
  },
  {
    floor: 'FL-A',
    quantity: '10',
    receivedAt: '2026-11-16T06:00:00Z',
    sku: 'WHEEL',
    unitCost: '17.50',
  },
  {
    floor: 'FL-A',
    quantity: '80',
    receivedAt: '2026-11-16T06:00:00Z',
    sku: 'LABOUR-H',
    unitCost: '28',
  },
  {
    floor: 'FL-B',
    quantity: '20',
    receivedAt: '2026-11-16T06:00:00Z',
    sku: 'SAUCE',
    unitCost: '3.05',
  },
  {
    floor: 'FL-B',
    quantity: '80',
    receivedAt: '2026-11-16T06:00:00Z',
    sku: 'LABOUR-H',
    unitCost: '28',
  },
]

/**
 * Executions around 23 November 2026, in creation order: each is created in Plan and moved status
 * by status to where it is, so the rules post as they would on the shop floor (wheels are
 * completed before the bicycles that use them, sauce before the dishes). Completed ones say what
 * was produced.
 */
export const demoExecutions: {
  floor: FloorCode
  lotLabel: string
  plannedQuantity: number
  producedQuantity?: number
  product: string
  productionDate: string
  status: DemoStatusName
}[] = [
  {
    floor: 'FL-A',
    lotLabel: 'L-WHEEL-1120',
    plannedQuantity: 20,
    producedQuantity: 20,
    product: 'WHEEL',
    productionDate: '2026-11-20',
    status: 'Completed',
  },
  {
    floor: 'FL-A',
    lotLabel: 'L-BIKE-1121',
    plannedQuantity: 4,
    producedQuantity: 4,
    product: 'BIKE',
    productionDate: '2026-11-21',
    status: 'Completed',
  },
  {
    floor: 'FL-A',
    lotLabel: 'L-BIKE-1123',
    plannedQuantity: 5,
    product: 'BIKE',
    productionDate: '2026-11-23',
    status: 'Painting',
  },
  {
    floor: 'FL-A',
    lotLabel: 'L-WHEEL-1124',
    plannedQuantity: 10,
    product: 'WHEEL',
    productionDate: '2026-11-24',
    status: 'Assembly',
  },
  {
    floor: 'FL-A',
    lotLabel: 'L-BIKE-1122',
    plannedQuantity: 3,
    product: 'BIKE',
    productionDate: '2026-11-22',
    status: 'Packaging',
  },
  {
    floor: 'FL-A',
    lotLabel: 'L-TOY-1125',
    plannedQuantity: 50,
    product: 'TOY',
    productionDate: '2026-11-25',
    status: 'Plan',
  },
  {
    floor: 'FL-A',
    lotLabel: 'L-TOY-1126',
    plannedQuantity: 20,
    product: 'TOY',
    productionDate: '2026-11-26',
    status: 'Plan',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-SAUCE-1120',
    plannedQuantity: 20,
    producedQuantity: 20,
    product: 'SAUCE',
    productionDate: '2026-11-20',
    status: 'Completed',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-PIZZA-1121',
    plannedQuantity: 40,
    producedQuantity: 38,
    product: 'PIZZA',
    productionDate: '2026-11-21',
    status: 'Completed',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-LASAGNA-1122',
    plannedQuantity: 12,
    product: 'LASAGNA',
    productionDate: '2026-11-22',
    status: 'Packaging',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-PASTA-1123',
    plannedQuantity: 30,
    product: 'PASTA',
    productionDate: '2026-11-23',
    status: 'Painting',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-PIZZA-1123',
    plannedQuantity: 30,
    product: 'PIZZA',
    productionDate: '2026-11-23',
    status: 'Assembly',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-SAUCE-1125',
    plannedQuantity: 30,
    product: 'SAUCE',
    productionDate: '2026-11-25',
    status: 'Plan',
  },
  {
    floor: 'FL-B',
    lotLabel: 'L-PASTA-1126',
    plannedQuantity: 40,
    product: 'PASTA',
    productionDate: '2026-11-26',
    status: 'Plan',
  },
]
