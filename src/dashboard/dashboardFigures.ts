import type { PayloadRequest } from 'payload'

import type { Floors } from './dashboardCounts'
import type { StatusDoc } from '../workflow/workflow'
import {
  type Condition,
  dayConditions,
  floorConditions,
  type ListSlug,
  listHref,
} from './listLinks'
import { statusTable, type StatusDayCount } from './rules/statusTable'

/** A figure and the list it counts, filtered to show exactly it. */
export type Figure = { count: number; href: string }

export type StatusFigures = {
  status: { color: string; id: number; name: string }
  /** Per day of the window. */
  perDay: Figure[]
  total: Figure
}

export type DocumentFigures = {
  /** Every status in workflow order, each with its count per day. */
  statuses: StatusFigures[]
  /** All statuses, per day of the window. */
  perDay: Figure[]
  /** The whole window. */
  total: Figure
  /** Dated before today and not done. */
  late: Figure
}

type Window = { days: string[]; from: string; to: string }

const nextDay = (window: Window, i: number) => window.days[i + 1] ?? window.to

/**
 * Executions' or orders' counts of the window as figures, each linked to its list filtered by
 * the same floors, days and status; `late` with the condition that makes a document late there.
 */
export function documentFigures(
  req: PayloadRequest,
  args: {
    counts: StatusDayCount[]
    floors: Floors
    late: { conditions: Condition[]; count: number }
    slug: Extract<ListSlug, 'executions' | 'manufacturing-orders'>
    statuses: StatusDoc[]
    window: Window
  },
): DocumentFigures {
  const { counts, floors, slug, window } = args
  const onFloors = floorConditions(slug, floors)
  const figure = (count: number, conditions: Condition[]): Figure => ({
    count,
    href: listHref(req, slug, [...onFloors, ...conditions]),
  })
  const onDay = (i: number) => dayConditions(slug, { from: window.days[i], to: nextDay(window, i) })
  const byStatus = (id: number): Condition[] => [['[status][equals]', String(id)]]
  const table = statusTable(args.statuses, window.days, counts)
  return {
    late: figure(args.late.count, args.late.conditions),
    perDay: window.days.map((_, i) =>
      figure(
        table.reduce((n, row) => n + row.perDay[i]!, 0),
        onDay(i),
      ),
    ),
    statuses: table.map((row) => ({
      perDay: row.perDay.map((count, i) =>
        figure(count, [...onDay(i), ...byStatus(row.status.id)]),
      ),
      status: { color: row.status.color, id: row.status.id, name: row.status.name },
      total: figure(row.total, [...dayConditions(slug, window), ...byStatus(row.status.id)]),
    })),
    total: figure(
      table.reduce((n, row) => n + row.total, 0),
      dayConditions(slug, window),
    ),
  }
}
