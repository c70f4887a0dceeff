'use client'
import React from 'react'

import * as ListFilters from '../../../platform/components/ListFilters'
import { type DateFilter, dateFilters } from '../../../platform/rules/dateFilters'

const filterKeys = ['dates', 'floor'] as const
type Filters = Record<(typeof filterKeys)[number], string>

/** The quick filters as the list's `where` (kept beside it as `dates`, `floor`). */
function whereParams(filters: Filters, today: string): [string, string][] {
  const where = ListFilters.whereAnd()
  if (filters.dates) where.productionDateIn(filters.dates as DateFilter, today)
  if (filters.floor) where.add('[productionFloor][equals]', filters.floor)
  return where.pairs
}

/**
 * Day and floor filters above the executions table, with the list's tools at its right; Payload's
 * own search bar above finds executions by code, product, lot label and description.
 */
export function ExecutionListFilters({ tools }: { tools?: React.ReactNode }) {
  const filters = ListFilters.useListFilters(filterKeys, whereParams)
  return (
    <ListFilters.Bar className="execution-list-filters" end={tools}>
      <ListFilters.DayAndFloor
        attribute="data-date-filter"
        dates={dateFilters}
        filters={filters}
        floorId="execution-floor-filter"
      />
    </ListFilters.Bar>
  )
}
