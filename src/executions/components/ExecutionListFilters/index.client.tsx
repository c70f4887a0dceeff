'use client'
import React, { useState } from 'react'

import * as ListFilters from '../../../platform/components/ListFilters'
import { type DateFilter, dateFilters } from '../../../platform/rules/dateFilters'

const filterKeys = ['dates', 'floor', 'search'] as const
type Filters = Record<(typeof filterKeys)[number], string>

/** The quick filters as the list's `where` (kept beside it as `dates`, `floor`, `search`). */
function whereParams(filters: Filters, today: string): [string, string][] {
  const where = ListFilters.whereAnd()
  if (filters.dates) where.productionDateIn(filters.dates as DateFilter, today)
  if (filters.floor) where.add('[productionFloor][equals]', filters.floor)
  if (filters.search)
    where.anyOf(['[code][like]', '[lotLabel][like]', '[product.name][like]'], filters.search)
  return where.pairs
}

/** Date, floor and search filters above the executions table. */
export function ExecutionListFilters() {
  const filters = ListFilters.useListFilters(filterKeys, whereParams)
  const { apply, current } = filters
  const [search, setSearch] = useState(current.search)

  return (
    <ListFilters.Bar className="execution-list-filters">
      <ListFilters.DayAndFloor
        attribute="data-date-filter"
        dates={dateFilters}
        filters={filters}
        floorId="execution-floor-filter"
      />
      <form
        onSubmit={(e) => {
          e.preventDefault()
          apply({ search: search.trim() })
        }}
      >
        <input
          aria-label="Search by code, lot label or product"
          id="execution-search"
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Code, lot label or product"
          type="search"
          value={search}
        />
      </form>
    </ListFilters.Bar>
  )
}
