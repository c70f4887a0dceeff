import type { PayloadRequest } from 'payload'

import type { Floors } from './dashboardCounts'
import type { Figure } from './dashboardFigures'
import type { DashboardSections } from './rules/dashboardScope'
import type { Workflow } from '../workflow/workflow'
import { findAllByIds } from '../platform/findAllByIds'
import { decimal } from '../platform/rules/decimal'
import { floorShortages } from './dashboardShortages'
import { dayConditions, listHref } from './listLinks'
import { statusesBeforeConsumption } from './rules/materialsDue'

export type ShortLine = {
  item: { id: number; name: string; sku: string; unit: string }
  floor: { id: number; name: string }
  needed: string
  onFloor: string
  /** Needed less what the floor has. */
  missing: string
  /** Of the missing, what the store can issue, what open purchases bring, and what is short. */
  issuable: string
  incoming: string
  short: string
  /** The executions that need it, on the list where materials are requested and bought. */
  executions: Figure
  /** The same list, offered as a way to cover the need: only to those who may take it. */
  request?: string
  buy?: string
  /** What is short at standard cost, with the view-costs permission only. */
  value?: string
}

export type ShortFigures = { lines: ShortLine[]; value?: string }

/**
 * The materials the floors cannot cover for their executions up to the window's end, each with
 * what is missing, how it can come, and the list of executions needing it, where the user
 * requests it from the store or buys it.
 */
export async function shortFigures(
  req: PayloadRequest,
  args: {
    floors: Floors
    sections: DashboardSections
    window: { to: string }
    workflow: Workflow
  },
): Promise<ShortFigures> {
  const { sections, workflow } = args
  const statuses = statusesBeforeConsumption(
    workflow.order,
    workflow.rules.general.deduct_materials,
  )
  const rows = await floorShortages(req, { floors: args.floors, statuses, to: args.window.to })
  if (rows.length === 0) return { lines: [], ...(sections.money ? { value: '0' } : {}) }
  const items = await findAllByIds(
    req,
    'items',
    rows.map((row) => row.item),
    { name: true, sku: true, standardCost: true, unit: true },
  )
  const locations = await findAllByIds(
    req,
    'locations',
    rows.map((row) => row.floor),
    { name: true },
  )
  const itemOf = new Map(items.map((item) => [item.id, item]))
  const floorOf = new Map(locations.map((floor) => [floor.id, floor.name]))
  let total = decimal(0)
  const lines = rows.map((row): ShortLine => {
    const item = itemOf.get(row.item)
    const href = listHref(req, 'executions', [
      ['[productionFloor][equals]', String(row.floor)],
      ['[requirements.item][equals]', String(row.item)],
      ['[status][in]', statuses.join(',')],
      ...dayConditions('executions', { to: args.window.to }),
    ])
    const value = row.short.times(item?.standardCost ?? 0)
    total = total.plus(value)
    return {
      executions: { count: row.executions, href },
      floor: { id: row.floor, name: floorOf.get(row.floor) ?? `#${row.floor}` },
      incoming: row.incoming.toFixed(),
      issuable: row.issuable.toFixed(),
      item: {
        id: row.item,
        name: item?.name ?? `#${row.item}`,
        sku: item?.sku ?? '',
        unit: item?.unit ?? '',
      },
      missing: row.missing.toFixed(),
      needed: row.needed.toFixed(),
      onFloor: row.onFloor.toFixed(),
      short: row.short.toFixed(),
      ...(sections.requestFromStore && row.issuable.gt(0) ? { request: href } : {}),
      ...(sections.buy && row.short.gt(0) ? { buy: href } : {}),
      ...(sections.money ? { value: value.toFixed(2) } : {}),
    }
  })
  return { lines, ...(sections.money ? { value: total.toFixed(2) } : {}) }
}
