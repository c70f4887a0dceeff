/**
 * The demo's manufacturing orders: bread dough made in batches of 20 kg on the kitchen floor and
 * tables made one by one on the assembly floor, with their stock, and orders in every production
 * state (not started, blocked, in progress, done).
 */

import type { demoLocations } from './demoInventory'
import type { DemoStatusName } from './demoProduction'

type LocationCode = (typeof demoLocations)[number]['code']

/** Found on the floors when the orders were planned (a posting of its own, new lots). */
export const demoManufacturingStock: {
  location: LocationCode
  quantity: string
  receivedAt: string
  sku: string
  unitCost: string
}[] = [
  {
    location: 'FL-A',
    quantity: '10',
    receivedAt: '2026-11-17T06:00:00Z',
    sku: 'TOP',
    unitCost: '300',
  },
  {
    location: 'FL-A',
    quantity: '100',
    receivedAt: '2026-11-17T06:00:00Z',
    sku: 'SCREW',
    unitCost: '10',
  },
  {
    location: 'FL-A',
    quantity: '40',
    receivedAt: '2026-11-17T06:00:00Z',
    sku: 'LEG',
    unitCost: '50',
  },
  {
    location: 'FL-B',
    quantity: '60',
    receivedAt: '2026-11-17T06:00:00Z',
    sku: 'FLOUR',
    unitCost: '0.58',
  },
  {
    location: 'FL-B',
    quantity: '200',
    receivedAt: '2026-11-17T06:00:00Z',
    sku: 'WATER',
    unitCost: '0.01',
  },
  {
    location: 'WH',
    quantity: '2',
    receivedAt: '2026-11-17T06:00:00Z',
    sku: 'TABLE',
    unitCost: '600',
  },
]

/**
 * Orders created in the first status and moved status by status to where they are, so the rules
 * post as on the shop floor. The notes tell them apart (and find them again).
 */
export const demoManufacturingOrders: {
  batches?: number
  blocked?: boolean
  deadline: string
  location: Exclude<LocationCode, 'WH'>
  notes: string
  product: string
  quantity?: number
  status: DemoStatusName
}[] = [
  {
    deadline: '2026-11-22T12:00:00.000Z',
    location: 'FL-A',
    notes: 'Demo: two tables for the showroom, made.',
    product: 'TABLE',
    quantity: 2,
    status: 'Completed',
  },
  {
    batches: 1,
    deadline: '2026-11-23T12:00:00.000Z',
    location: 'FL-B',
    notes: 'Demo: a batch of dough being mixed.',
    product: 'DOUGH',
    status: 'Painting',
  },
  {
    batches: 2,
    blocked: true,
    deadline: '2026-11-24T12:00:00.000Z',
    location: 'FL-B',
    notes: 'Demo: dough blocked until the mixer is repaired.',
    product: 'DOUGH',
    status: 'Plan',
  },
  {
    deadline: '2026-11-30T12:00:00.000Z',
    location: 'FL-A',
    notes: 'Demo: tables for a café, not started.',
    product: 'TABLE',
    quantity: 3,
    status: 'Plan',
  },
]

/** The line of the demo sales order made to order as a manufacturing order. */
export const demoMadeToOrderSku = 'BIKE'
