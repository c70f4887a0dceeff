'use client'
import { useConfig } from '@payloadcms/ui'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import {
  type DateFilter,
  dateFilterLabels,
  dateFilterRange,
} from '../../../platform/rules/dateFilters'

type Props = { collection: 'material-requisitions' | 'trolleys' }
type Filters = { dates: '' | DateFilter; floor: string; open: string }

const queueDates: DateFilter[] = ['today', 'tomorrow', 'this_week']

/** The quick filters as the list's `where` (kept beside it as `open`, `dates`, `floor`). */
function whereParams(collection: Props['collection'], filters: Filters, today: string) {
  const and: [string, string][] = []
  let n = 0
  const at = (path: string, value: string) => and.push([`where[and][${n++}]${path}`, value])
  if (filters.open && collection === 'trolleys') at('[state][equals]', 'ready')
  if (filters.open && collection === 'material-requisitions')
    at('[state][not_in]', 'cancelled,returned')
  if (filters.dates && collection === 'material-requisitions') {
    const { from, to } = dateFilterRange(filters.dates, today)
    at('[productionDate][greater_than_equal]', `${from}T00:00:00.000Z`)
    at('[productionDate][less_than]', `${to}T00:00:00.000Z`)
  }
  if (filters.floor) at('[floor][equals]', filters.floor)
  return and
}

/**
 * The store's queue above its lists: open (or ready) only, by production day and by floor. A
 * filtered view is a link, as Payload reads its filter from the URL.
 */
export function StoreListFilters({ collection }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const [floors, setFloors] = useState<{ id: number; name: string }[]>([])
  const current: Filters = {
    dates: (params.get('dates') ?? '') as Filters['dates'],
    floor: params.get('floor') ?? '',
    open: params.get('open') ?? '',
  }
  useEffect(() => {
    void fetch(
      `${config.serverURL}${config.routes.api}/locations?where[kind][equals]=production_floor&limit=200&sort=name&depth=0`,
      { credentials: 'include' },
    )
      .then((response) => response.json())
      .then((body) => setFloors(body.docs ?? []))
      .catch(() => setFloors([]))
  }, [config.serverURL, config.routes.api])

  const apply = (change: Partial<Filters>) => {
    const next = { ...current, ...change }
    const query = new URLSearchParams()
    for (const [key, value] of params)
      if (!key.startsWith('where') && !['dates', 'floor', 'open', 'page'].includes(key))
        query.append(key, value)
    for (const key of ['dates', 'floor', 'open'] as const) if (next[key]) query.set(key, next[key])
    for (const [key, value] of whereParams(collection, next, new Date().toISOString().slice(0, 10)))
      query.append(key, value)
    router.push(`${pathname}?${query.toString()}`)
  }
  const toggle = (pressed: boolean, label: string, onClick: () => void, data: string) => (
    <button
      aria-pressed={pressed}
      className={`btn btn--size-small ${pressed ? 'btn--style-primary' : 'btn--style-secondary'}`}
      data-store-filter={data}
      key={data}
      onClick={onClick}
      type="button"
    >
      {label}
    </button>
  )

  return (
    <div
      className="store-list-filters"
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        margin: '0 0 16px',
      }}
    >
      {toggle(
        Boolean(current.open),
        collection === 'trolleys' ? 'Ready' : 'Open',
        () => apply({ open: current.open ? '' : '1' }),
        'open',
      )}
      {collection === 'material-requisitions' &&
        queueDates.map((filter) =>
          toggle(
            current.dates === filter,
            dateFilterLabels[filter],
            () => apply({ dates: current.dates === filter ? '' : filter }),
            filter,
          ),
        )}
      <select
        aria-label="Production floor"
        id="store-floor-filter"
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
    </div>
  )
}
