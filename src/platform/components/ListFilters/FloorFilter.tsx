'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoicePicker } from '../ChoicePicker/index.client'

type Floor = { id: number; name: string }

/** The production floors, by name, for a filter to choose from. */
function useProductionFloors() {
  const { config } = useConfig()
  const [floors, setFloors] = useState<Floor[]>([])
  useEffect(() => {
    void fetch(
      `${config.serverURL}${config.routes.api}/locations?where[kind][equals]=production_floor&limit=200&sort=name&depth=0`,
      { credentials: 'include' },
    )
      .then((response) => response.json())
      .then((body) => setFloors(body.docs ?? []))
      .catch(() => setFloors([]))
  }, [config.serverURL, config.routes.api])
  return floors
}

/** A list filter by production floor: every floor, or one. */
export function FloorFilter(props: {
  id: string
  onChange: (floor: string) => void
  value: string
}) {
  const floors = useProductionFloors()
  return (
    <ChoicePicker
      aria-label="Production floor"
      choices={[
        ['', 'All floors'],
        ...floors.map((floor) => [String(floor.id), floor.name] as const),
      ]}
      id={props.id}
      onChange={props.onChange}
      value={props.value}
    />
  )
}
