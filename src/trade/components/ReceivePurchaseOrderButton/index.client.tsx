'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ActionButton } from '../../../platform/components/ActionButton/index.client'

/** "Receive all due" into a chosen warehouse or production floor. */
export function ReceivePurchaseOrderControls() {
  const { config } = useConfig()
  const [locations, setLocations] = useState<{ id: number; name: string }[]>([])
  const [location, setLocation] = useState<number | null>(null)
  useEffect(() => {
    void fetch(
      `${config.serverURL}${config.routes.api}/locations?where[kind][not_equals]=virtual&limit=100&sort=name&depth=0`,
      { credentials: 'include' },
    )
      .then((response) => response.json())
      .then((body) => {
        setLocations(body.docs ?? [])
        setLocation(body.docs?.[0]?.id ?? null)
      })
  }, [config.serverURL, config.routes.api])
  if (!locations.length || location === null) return null
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 8 }}>
      <select
        aria-label="Receive into"
        id="receive-location"
        onChange={(e) => setLocation(Number(e.target.value))}
        value={location}
      >
        {locations.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      <ActionButton
        action="receivePurchaseOrder"
        args={{ location }}
        label="Receive all due"
        statuses={['sent', 'partially_received']}
      />
    </span>
  )
}
