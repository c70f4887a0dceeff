'use client'
import React from 'react'

import { type DateFilter } from '../../rules/dateFilters'
import { DateToggles } from './DateToggles'
import { FloorFilter } from './FloorFilter'

type Props = {
  /** The data attribute each day toggle is found by. */
  attribute: `data-${string}`
  /** The production days offered (none: no day toggles). */
  dates: readonly DateFilter[]
  /** The list's filters, as useListFilters keeps them. */
  filters: {
    apply: (change: { dates?: string; floor?: string }) => void
    current: { dates: string; floor: string }
  }
  floorId: string
}

/** The production-day toggles and the floor select of a list filtered by `dates` and `floor`. */
export function DayAndFloor({ attribute, dates, filters: { apply, current }, floorId }: Props) {
  return (
    <>
      <DateToggles
        attribute={attribute}
        current={current.dates}
        dates={dates}
        onChange={(dates) => apply({ dates })}
      />
      <FloorFilter id={floorId} onChange={(floor) => apply({ floor })} value={current.floor} />
    </>
  )
}
