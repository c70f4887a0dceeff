import type { PayloadRequest } from 'payload'

import { permissionsOf } from '../access/userPermissions'
import { loadWorkflow } from '../workflow/workflow'
import { today as todayIs } from '../workflow/productionDay'
import { assignedFloors, countsByStatus, lateCounts } from './dashboardCounts'
import { type DocumentFigures, documentFigures, type Figure } from './dashboardFigures'
import { type RunFigures, runFigures, type StoreQueue, storeQueueFigures } from './dashboardLists'
import { type ShortFigures, shortFigures } from './dashboardShort'
import { dayConditions } from './listLinks'
import { dayWindow } from './rules/dashboardWindow'
import {
  dashboardSections,
  type DashboardSections,
  floorScope,
  isFloorBound,
} from './rules/dashboardScope'

export type { DocumentFigures, Figure, RunFigures, ShortFigures, StoreQueue }

export type DashboardOptions = {
  /** One production floor; ignored when the user may not see it. */
  floor?: null | number
  /** How many days from today (1..14, default 3). */
  days?: number
  /** Today as `YYYY-MM-DD` (UTC); the current day by default. */
  today?: string
}

export type Dashboard = {
  today: string
  /** The window's days, today first, and its bounds `[from, to)`. */
  window: { days: string[]; from: string; to: string }
  floors: {
    /** The floors the user may choose among. */
    choosable: { id: number; name: string }[]
    chosen: null | number
    /** The user sees only the floors of the production assigned to them. */
    floorBound: boolean
  }
  sections: DashboardSections
  executions?: DocumentFigures
  orders?: DocumentFigures
  short?: ShortFigures
  storeQueue?: StoreQueue
  runs?: RunFigures
}

async function productionFloors(req: PayloadRequest) {
  const { docs } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    sort: 'name',
    where: { kind: { equals: 'production_floor' } },
  })
  return docs.map((doc) => ({ id: doc.id, name: doc.name }))
}

/**
 * The production dashboard's figures for the request's user: today and the next days, on one
 * floor or every floor the user may see. Every count is made in SQL (grouped by status, floor
 * and day), never by reading documents; every figure carries the link to the list it counts.
 * Sections the user may not open are left out, and money only with the view-costs permission.
 */
export async function loadDashboard(
  req: PayloadRequest,
  options: DashboardOptions = {},
): Promise<Dashboard> {
  const held = await permissionsOf(req)
  const sections = dashboardSections(held)
  const workflow = await loadWorkflow(req)
  const today = options.today ?? todayIs()
  const window = dayWindow(today, options.days ?? 0)
  const all = await productionFloors(req)
  const floorBound = isFloorBound(held)
  const assigned =
    floorBound && req.user ? await assignedFloors(req, Number(req.user.id), workflow.terminal) : []
  const scope = floorScope({
    all: all.map((floor) => floor.id),
    assigned,
    chosen: options.floor ?? null,
    floorBound,
  })
  const { floors } = scope
  const late = await lateCounts(req, today, workflow.terminal, floors)
  const base = { floors, statuses: workflow.statuses, window }
  const dashboard: Dashboard = {
    floors: {
      choosable: all.filter((floor) => scope.choosable.includes(floor.id)),
      chosen: scope.chosen,
      floorBound,
    },
    sections,
    today,
    window,
  }
  if (sections.executions)
    dashboard.executions = documentFigures(req, {
      ...base,
      counts: await countsByStatus(req, 'executions', window, floors),
      late: {
        conditions: [
          ...dayConditions('executions', { to: today }),
          ['[status][not_equals]', String(workflow.terminal)],
        ],
        count: late.executions,
      },
      slug: 'executions',
    })
  if (sections.orders)
    dashboard.orders = documentFigures(req, {
      ...base,
      counts: await countsByStatus(req, 'orders', window, floors),
      late: {
        conditions: [
          ...dayConditions('manufacturing-orders', { to: today }),
          ['[state][not_equals]', 'done'],
        ],
        count: late.orders,
      },
      slug: 'manufacturing-orders',
    })
  if (sections.short)
    dashboard.short = await shortFigures(req, { floors, sections, window, workflow })
  if (sections.storeQueue) dashboard.storeQueue = await storeQueueFigures(req, floors)
  if (sections.runs) dashboard.runs = await runFigures(req, floors, all)
  return dashboard
}
