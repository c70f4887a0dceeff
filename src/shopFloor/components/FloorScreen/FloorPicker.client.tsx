'use client'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { type FloorPreference, floorPreferenceKey } from '../../floorPreference'
import { TouchButton } from '../touch/TouchButton'

type Floor = { id: number; name: string }

/**
 * The production floors as big buttons: the one picked is kept in the user's preferences, so the
 * shop floor opens on it next time, on any device.
 */
export function FloorPicker(props: { current: null | number; floors: Floor[]; home: string }) {
  const { current, floors, home } = props
  const { apiURL } = useManufacturingApi()
  const router = useRouter()
  const [busy, setBusy] = useState<null | number>(null)
  const [error, setError] = useState<null | string>(null)
  const pick = async (floor: number) => {
    setBusy(floor)
    setError(null)
    try {
      const value: FloorPreference = { floor }
      await fetchJson(`${apiURL}/payload-preferences/${floorPreferenceKey}`, {
        json: { value },
        method: 'POST',
      })
      // The list, without the picker's `?floor=change`, read afresh.
      router.replace(home)
      router.refresh()
    } catch (reason) {
      setError((reason as Error).message)
    } finally {
      setBusy(null)
    }
  }
  if (floors.length === 0)
    return <p role="status">There is no production floor you may see. Ask whoever runs the site.</p>
  return (
    <section aria-label="Production floors" id="shop-floor-floors">
      <p style={{ fontSize: 20, margin: '16px 0 8px' }}>Where do you work?</p>
      <div
        style={{
          display: 'grid',
          gap: 12,
          gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
        }}
      >
        {floors.map((floor) => (
          <TouchButton
            aria-pressed={floor.id === current}
            data-floor={floor.name}
            disabled={busy !== null}
            key={floor.id}
            onClick={() => pick(floor.id)}
            tone={floor.id === current ? 'primary' : 'secondary'}
          >
            {busy === floor.id ? 'Saving…' : floor.name}
          </TouchButton>
        ))}
      </div>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-750)', fontSize: 18 }}>
          The floor was not saved: {error}
        </p>
      )}
    </section>
  )
}
