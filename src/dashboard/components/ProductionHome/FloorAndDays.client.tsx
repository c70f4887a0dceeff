'use client'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React from 'react'

import * as ListFilters from '../../../platform/components/ListFilters'

const dayChoices = [
  { days: 1, label: 'Today' },
  { days: 3, label: '3 days' },
  { days: 7, label: '7 days' },
]

/**
 * The dashboard's floor and days, kept in the URL (`?floor=`, `?days=`) so that a view of the
 * dashboard is a link. Only the floors the user may see are offered.
 */
export function FloorAndDays(props: {
  chosen: null | number
  days: number
  floors: { id: number; name: string }[]
  floorBound: boolean
}) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const go = (change: Record<string, string>) => {
    const query = new URLSearchParams(params.toString())
    for (const [key, value] of Object.entries(change))
      if (value) query.set(key, value)
      else query.delete(key)
    router.push(`${pathname}?${query.toString()}`)
  }
  return (
    <ListFilters.Bar className="production-dashboard__filters">
      <ListFilters.Toggle
        data={{ 'data-dashboard-floor': 'all' }}
        label={props.floorBound ? 'All my floors' : 'All floors'}
        onClick={() => go({ floor: '' })}
        pressed={props.chosen === null}
      />
      {props.floors.map((floor) => (
        <ListFilters.Toggle
          data={{ 'data-dashboard-floor': String(floor.id) }}
          key={floor.id}
          label={floor.name}
          onClick={() => go({ floor: String(floor.id) })}
          pressed={props.chosen === floor.id}
        />
      ))}
      <span
        aria-hidden
        style={{ borderLeft: '1px solid var(--theme-elevation-150)', height: 24 }}
      />
      {dayChoices.map((choice) => (
        <ListFilters.Toggle
          data={{ 'data-dashboard-days': String(choice.days) }}
          key={choice.days}
          label={choice.label}
          onClick={() => go({ days: String(choice.days) })}
          pressed={props.days === choice.days}
        />
      ))}
    </ListFilters.Bar>
  )
}
