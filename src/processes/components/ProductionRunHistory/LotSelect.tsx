'use client'
import React, { useEffect, useState } from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'

/** The lots of an item that hold stock at the run's location, for an input that names its lot. */
export function LotSelect({
  apiURL,
  id,
  item,
  location,
  onChange,
  value,
}: {
  apiURL: string
  id: string
  item: string
  location?: number
  onChange: (lot: string) => void
  value: string
}) {
  const [lots, setLots] = useState<{ code: string; id: number; onHand: number }[]>([])
  useEffect(() => {
    setLots([])
    if (!item || !location) return
    fetchJson<{ docs: { lot: { code: string; id: number }; onHand: number }[] }>(
      `${apiURL}/stock-balances?where[item][equals]=${item}&where[location][equals]=${location}&where[onHand][greater_than]=0&depth=1&pagination=false`,
    ).then(
      ({ docs }) =>
        setLots(docs.map((b) => ({ code: b.lot.code, id: b.lot.id, onHand: b.onHand }))),
      () => setLots([]),
    )
  }, [apiURL, item, location])
  return (
    <select
      aria-label="Lot"
      id={id}
      onChange={(e) => onChange(e.target.value)}
      style={inputStyle}
      value={value}
    >
      <option value="">By the item’s strategy (FIFO/LIFO)</option>
      {lots.map((lot) => (
        <option key={lot.id} value={lot.id}>
          {lot.code} ({lot.onHand} on hand)
        </option>
      ))}
    </select>
  )
}
