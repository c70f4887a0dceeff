import type { PayloadRequest } from 'payload'

import { permissionsOf } from '../access/userPermissions'
import { onHandValueByLocation, producedByDay, producedCostByItem } from '../ledger'
import { lossesByStage, plannedByDay } from './chartFigures'
import {
  costsPerProduct,
  type DayPoint,
  type LocationValue,
  lossesPerStage,
  plannedAgainstProduced,
  type ProductCost,
  type StageLosses,
  valuesByLocation,
  windowDayKeys,
  windowDays,
  windowStart,
} from './rules/chartSeries'

/**
 * What the charts are drawn over: the last `days` days up to `now`, on the `floors` named (one
 * `floor` for short; every floor when neither is given, none for an empty list).
 */
export type ChartOptions = {
  days?: number
  floor?: number
  floors?: null | readonly number[]
  now?: Date
}

type Window = { days: string[]; floors: null | readonly number[]; since: Date; until: Date }

const floorsOf = (options: ChartOptions) =>
  options.floor === undefined ? (options.floors ?? null) : [options.floor]

/** The most products the cost chart compares: the costliest made in the window. */
const costedProducts = 12

function windowOf(options: ChartOptions): Window {
  const days = windowDays(options.days)
  const now = options.now ?? new Date()
  const since = windowStart(now, days)
  const until = new Date(windowStart(now, 1).getTime() + 86_400_000)
  return { days: windowDayKeys(now, days), floors: floorsOf(options), since, until }
}

/**
 * Planned against produced per day: what executions and orders planned for each day beside what
 * they produced that day, counting only the kinds of document the user may see; null for a user
 * who may see neither.
 */
export async function loadPlannedProduced(
  req: PayloadRequest,
  options: ChartOptions = {},
): Promise<DayPoint[] | null> {
  const held = await permissionsOf(req)
  const executions = held.has('executions.view')
  const orders = held.has('manufacturingOrders.view')
  if (!executions && !orders) return null
  const window = windowOf(options)
  const sources = [
    ...(executions ? ['executions' as const] : []),
    ...(orders ? ['manufacturing-orders' as const] : []),
  ]
  const planned = await plannedByDay(req, { ...window, executions, orders })
  const produced = await producedByDay(req, { ...window, sources })
  return plannedAgainstProduced(window.days, planned, produced)
}

/** Production runs' waste, rejection and scrap per stage; null without productionRuns.view. */
export async function loadStageLosses(
  req: PayloadRequest,
  options: ChartOptions = {},
): Promise<StageLosses[] | null> {
  if (!(await permissionsOf(req)).has('productionRuns.view')) return null
  return lossesPerStage(await lossesByStage(req, windowOf(options)))
}

/** Standard against actual unit cost per product made in the window; null without items.viewCosts. */
export async function loadProductCosts(
  req: PayloadRequest,
  options: ChartOptions = {},
): Promise<null | ProductCost[]> {
  if (!(await permissionsOf(req)).has('items.viewCosts')) return null
  const window = windowOf(options)
  return costsPerProduct(await producedCostByItem(req, { ...window, limit: costedProducts }))
}

/** What stock on hand is worth now at each location; null without items.viewCosts and inventory.view. */
export async function loadLocationValues(
  req: PayloadRequest,
  options: ChartOptions = {},
): Promise<LocationValue[] | null> {
  const held = await permissionsOf(req)
  if (!held.has('items.viewCosts') || !held.has('inventory.view')) return null
  return valuesByLocation(await onHandValueByLocation(req, { floors: floorsOf(options) }))
}

export type ChartsData = {
  costs: null | ProductCost[]
  days: number
  losses: null | StageLosses[]
  plannedProduced: DayPoint[] | null
  values: LocationValue[] | null
}

/**
 * The four charts' data for the request's user: a chart the user may not see is null, so no
 * figure of it leaves the server. One after another: a request's transaction is one connection.
 */
export async function loadCharts(
  req: PayloadRequest,
  options: ChartOptions = {},
): Promise<ChartsData> {
  const plannedProduced = await loadPlannedProduced(req, options)
  const losses = await loadStageLosses(req, options)
  const costs = await loadProductCosts(req, options)
  const values = await loadLocationValues(req, options)
  return { costs, days: windowDays(options.days), losses, plannedProduced, values }
}
