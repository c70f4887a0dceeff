'use client'
import { useConfig } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import {
  type DateFilter,
  dateFilterLabels,
  dateFilterRange,
  dateFilters,
} from '../../../platform/rules/dateFilters'

type Filters = { dates: '' | DateFilter; floor: string; search: string }

/**
 * Payload's list reads its filter from the URL's `where`: the quick filters become that `where`
 * (and are kept beside it as `dates`, `floor`, `search`), so a filtered view is a link.
 */
function whereParams(filters: Filters, today: string): [string, string][] {
  const and: [string, string][] = []
  const at = (n: number, path: string, value: string) =>
    and.push([`where[and][${n}]${path}`, value])
  let n = 0
  if (filters.dates) {
    const { from, to } = dateFilterRange(filters.dates, today)
    at(n++, '[productionDate][greater_than_equal]', `${from}T00:00:00.000Z`)
    at(n++, '[productionDate][less_than]', `${to}T00:00:00.000Z`)
  }
  if (filters.floor) at(n++, '[productionFloor][equals]', filters.floor)
  if (filters.search) {
    ;['code', 'lotLabel', 'product.name'].forEach((field, i) =>
      at(n, `[or][${i}][${field}][like]`, filters.search),
    )
  }
  return and
}

/** Date, floor and search filters above the executions table. */
export function ExecutionListFilters() {
  const { config } = useConfig()
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [floors, setFloors] = useState<{ id: number; name: string }[]>([])
  const current: Filters = {
    dates: (params.get('dates') ?? '') as Filters['dates'],
    floor: params.get('floor') ?? '',
    search: params.get('search') ?? '',
  }
  const [search, setSearch] = useState(current.search)
  useEffect(() => {
    void fetch(
      `${config.serverURL}${config.routes.api}/locations?where[kind][equals]=production_floor&limit=200&sort=name&depth=0`,
      { credentials: 'include' },
    )
      .then((response) => response.json())
      .then((body) => setFloors(body.docs ?? []))
  }, [config.serverURL, config.routes.api])

  const apply = (change: Partial<Filters>) => {
    const next = { ...current, ...change }
    const query = new URLSearchParams()
    for (const [key, value] of params) {
      if (!key.startsWith('where') && !['dates', 'floor', 'search', 'page'].includes(key))
        query.append(key, value)
    }
    for (const key of ['dates', 'floor', 'search'] as const)
      if (next[key]) query.set(key, next[key])
    for (const [key, value] of whereParams(next, new Date().toISOString().slice(0, 10)))
      query.append(key, value)
    router.push(`${pathname}?${query.toString()}`)
  }

  return (
    <div
      className="execution-list-filters"
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        margin: '0 0 16px',
      }}
    >
      {dateFilters.map((filter) => (
        <button
          aria-pressed={current.dates === filter}
          className={`btn btn--size-small ${current.dates === filter ? 'btn--style-primary' : 'btn--style-secondary'}`}
          data-date-filter={filter}
          key={filter}
          onClick={() => apply({ dates: current.dates === filter ? '' : filter })}
          type="button"
        >
          {dateFilterLabels[filter]}
        </button>
      ))}
      <select
        aria-label="Production floor"
        id="execution-floor-filter"
        onChange={(e) => apply({ floor: e.target.value })}
        value={current.floor}
      >
        <option value="">All floors</option>
        {floors.map((floor) => (
          <option key={floor.id} value={String(floor.id)}>
            {floor.name}
          </option>
        ))}
      </select>
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
    </div>
  )
}
