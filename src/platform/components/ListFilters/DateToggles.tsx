'use client'
import React from 'react'

import { type DateFilter, dateFilterLabels } from '../../rules/dateFilters'
import { FilterToggle } from './FilterToggle'

type Props = {
  /** The data attribute each toggle is found by, holding its filter. */
  attribute: `data-${string}`
  current: string
  dates: readonly DateFilter[]
  /** The filter clicked, or '' when the one on was clicked off. */
  onChange: (dates: '' | DateFilter) => void
}

/** One toggle per production day filter; at most one is on. */
export function DateToggles({ attribute, current, dates, onChange }: Props) {
  return (
    <>
      {dates.map((filter) => (
        <FilterToggle
          data={{ [attribute]: filter }}
          key={filter}
          label={dateFilterLabels[filter]}
          onClick={() => onChange(current === filter ? '' : filter)}
          pressed={current === filter}
        />
      ))}
    </>
  )
}
