import type { PayloadRequest, Where } from 'payload'

import { hasPermission } from '../access/userPermissions'
import type { StatusLook } from '../workflow/components/StatusBadge'
import { type FloorSupply, executionSupply, orderSupply } from './rules/floorSupply'

export type FloorRow = {
  code: string
  id: number
  kind: 'executions' | 'manufacturing-orders' | 'production-runs'
  product: string
  /** The quantity to make, or a run's current stage. */
  quantity: string
  status: null | StatusLook
  /** Whether the materials are at hand; none for a run, whose stages take their inputs. */
  supply: FloorSupply | null
}

export type FloorList = { executions: FloorRow[]; orders: FloorRow[]; runs: FloorRow[] }

type Populated = { name?: string; sku?: string; unit?: string } | null | number | undefined

const productName = (product: Populated) =>
  product && typeof product === 'object' ? `${product.sku} ${product.name}` : ''
const unitOf = (product: Populated) =>
  product && typeof product === 'object' && product.unit ? ` ${product.unit}` : ''
const statusLook = (status: unknown): null | StatusLook =>
  status && typeof status === 'object' ? (status as StatusLook) : null
const populate = {
  items: { name: true, sku: true, unit: true },
  'production-statuses': { color: true, icon: true, name: true },
} as const

const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString()
}

/** The day's executions at the floor, as the user may read them, in their code's order. */
async function dayExecutions(req: PayloadRequest, floor: number, day: string) {
  const { docs } = await req.payload.find({
    collection: 'executions',
    depth: 1,
    overrideAccess: false,
    pagination: false,
    populate,
    req,
    select: { code: true, plannedQuantity: true, product: true, requirements: true, status: true },
    sort: 'code',
    user: req.user,
    where: {
      and: [
        { productionFloor: { equals: floor } },
        { productionDate: { greater_than_equal: `${day}T00:00:00.000Z` } },
        { productionDate: { less_than: nextDay(day) } },
      ],
    },
  })
  return docs.map((doc): FloorRow => ({
    code: doc.code ?? `Execution ${doc.id}`,
    id: doc.id,
    kind: 'executions',
    product: productName(doc.product as Populated),
    quantity: `${doc.plannedQuantity}${unitOf(doc.product as Populated)}`,
    status: statusLook(doc.status),
    supply: executionSupply(
      (doc.requirements ?? [])
        .filter((requirement) => requirement.kind === 'supplied')
        .map((requirement) => requirement.supplyStatus),
    ),
  }))
}

/** The floor's open manufacturing orders and those completed that day, by deadline. */
async function dayOrders(req: PayloadRequest, floor: number, day: string) {
  const openOrDoneToday: Where = {
    or: [
      { state: { not_equals: 'done' } },
      {
        and: [
          { completedAt: { greater_than_equal: `${day}T00:00:00.000Z` } },
          { completedAt: { less_than: nextDay(day) } },
        ],
      },
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'manufacturing-orders',
    depth: 1,
    overrideAccess: false,
    pagination: false,
    populate,
    req,
    select: {
      orderNumber: true,
      pickProgress: true,
      product: true,
      quantity: true,
      status: true,
      unit: true,
    },
    sort: ['deadline', 'orderNumber'],
    user: req.user,
    where: { and: [{ location: { equals: floor } }, openOrDoneToday] },
  })
  return docs.map((doc): FloorRow => ({
    code: doc.orderNumber ?? `Order ${doc.id}`,
    id: doc.id,
    kind: 'manufacturing-orders',
    product: productName(doc.product as Populated),
    quantity: `${doc.quantity ?? ''}${doc.unit ? ` ${doc.unit}` : unitOf(doc.product as Populated)}`,
    status: statusLook(doc.status),
    supply: orderSupply(doc.pickProgress),
  }))
}

/** The production runs under way at the floor, oldest first. */
async function runsUnderWay(req: PayloadRequest, floor: number) {
  const { docs } = await req.payload.find({
    collection: 'production-runs',
    depth: 1,
    overrideAccess: false,
    pagination: false,
    populate,
    req,
    select: { code: true, currentStageName: true, product: true, process: true, status: true },
    sort: 'startedAt',
    user: req.user,
    where: { and: [{ location: { equals: floor } }, { status: { equals: 'in_progress' } }] },
  })
  return docs.map((doc): FloorRow => ({
    code: doc.code ?? `Run ${doc.id}`,
    id: doc.id,
    kind: 'production-runs',
    product: productName(doc.product as Populated),
    quantity: doc.currentStageName ? `Stage: ${doc.currentStageName}` : 'Not started',
    status: null,
    supply: null,
  }))
}

/**
 * What a production floor has on a day, as the user may see it: that day's executions and the
 * floor's open manufacturing orders (and those it completed that day) and its runs under way. A
 * kind the user may not view is left out.
 */
export async function floorList(
  req: PayloadRequest,
  floor: number,
  day: string,
): Promise<FloorList> {
  const executions = (await hasPermission(req, 'executions.view'))
    ? await dayExecutions(req, floor, day)
    : []
  const orders = (await hasPermission(req, 'manufacturingOrders.view'))
    ? await dayOrders(req, floor, day)
    : []
  const runs = (await hasPermission(req, 'productionRuns.view'))
    ? await runsUnderWay(req, floor)
    : []
  return { executions, orders, runs }
}

/** The production floors, by name, that the user may read. */
export async function productionFloors(req: PayloadRequest) {
  if (!(await hasPermission(req, 'locations.view'))) return []
  const { docs } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true },
    sort: 'name',
    user: req.user,
    where: { kind: { equals: 'production_floor' } },
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name }))
}
