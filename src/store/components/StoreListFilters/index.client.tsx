'use client'
import React from 'react'

import * as ListFilters from '../../../platform/components/ListFilters'
import { type DateFilter } from '../../../platform/rules/dateFilters'
import { closedRequisitionStates } from '../../rules/requisitionLines'

type Props = { collection: 'material-requisitions' | 'trolleys' }
const filterKeys = ['dates', 'floor', 'open'] as const
type Filters = Record<(typeof filterKeys)[number], string>

const queueDates: DateFilter[] = ['today', 'tomorrow', 'this_week']

/** The quick filters as the list's `where` (kept beside it as `open`, `dates`, `floor`). */
function whereParams(collection: Props['collection'], filters: Filters, today: string) {
  const where = ListFilters.whereAnd()
  if (filters.open && collection === 'trolleys') where.add('[state][equals]', 'ready')
  if (filters.open && collection === 'material-requisitions')
    where.add('[state][not_in]', closedRequisitionStates.join(','))
  if (filters.dates && collection === 'material-requisitions')
    where.productionDateIn(filters.dates as DateFilter, today)
  if (filters.floor) where.add('[floor][equals]', filters.floor)
  return where.pairs
}

/**
 * The store's queue above its lists: open (or ready) only, by production day and by floor. A
 * filtered view is a link, as Payload reads its filter from the URL.
 */
export function StoreListFilters({ collection }: Props) {
  const filters = ListFilters.useListFilters(filterKeys, (chosen, today) =>
    whereParams(collection, chosen, today),
  )
  const { apply, current } = filters

  return (
    <ListFilters.Bar className="store-list-filters">
      <ListFilters.Toggle
        data={{ 'data-store-filter': 'open' }}
        label={collection === 'trolleys' ? 'Ready' : 'Open'}
        onClick={() => apply({ open: current.open ? '' : '1' })}
        pressed={Boolean(current.open)}
      />
      <ListFilters.DayAndFloor
        attribute="data-store-filter"
        dates={collection === 'material-requisitions' ? queueDates : []}
        filters={filters}
        floorId="store-floor-filter"
      />
    </ListFilters.Bar>
  )
}
