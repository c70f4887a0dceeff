import type { PayloadRequest } from 'payload'

import { whereAnd } from '../platform/components/ListFilters/whereParams'
import { startOf } from './rules/dashboardWindow'
import type { Floors } from './dashboardCounts'

export type ListSlug =
  'executions' | 'manufacturing-orders' | 'material-requisitions' | 'production-runs'

/** A condition of a list's `where`: the path as `[field][operator]`, and its value. */
export type Condition = [path: string, value: string]

/** Each list's date and floor fields. */
const fields: Record<ListSlug, { date?: string; floor: string }> = {
  executions: { date: 'productionDate', floor: 'productionFloor' },
  'manufacturing-orders': { date: 'deadline', floor: 'location' },
  'material-requisitions': { floor: 'floor' },
  'production-runs': { floor: 'location' },
}

/** The list's conditions on its floor field: none for every floor. */
export function floorConditions(slug: ListSlug, floors: Floors): Condition[] {
  if (floors === null) return []
  const floor = fields[slug].floor
  return floors.length === 1
    ? [[`[${floor}][equals]`, String(floors[0])]]
    : [[`[${floor}][in]`, floors.join(',')]]
}

/** The list's conditions on its date field: from the start of `from`, before the start of `to`. */
export function dayConditions(slug: ListSlug, days: { from?: string; to?: string }): Condition[] {
  const date = fields[slug].date
  if (!date) return []
  return [
    ...(days.from ? [[`[${date}][greater_than_equal]`, startOf(days.from)] as Condition] : []),
    ...(days.to ? [[`[${date}][less_than]`, startOf(days.to)] as Condition] : []),
  ]
}

/**
 * The admin list of `slug` filtered by `conditions`, as a link: Payload's list reads its filter
 * from the URL's `where`, so the list shows exactly what the figure counted.
 */
export function listHref(req: PayloadRequest, slug: ListSlug, conditions: Condition[]): string {
  const where = whereAnd()
  for (const [path, value] of conditions) where.add(path, value)
  const query = new URLSearchParams(where.pairs).toString()
  const admin = req.payload.config.routes.admin
  return `${admin === '/' ? '' : admin}/collections/${slug}${query ? `?${query}` : ''}`
}
