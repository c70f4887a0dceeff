'use client'
import { useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'

export type Place = { id: number; name: string }

/** The places stock can be added at (not virtual), the first chosen when none is yet. */
export function usePlaces(
  api: string,
  setLocation: (update: (current: string) => string) => void,
  setError: (message: string) => void,
) {
  const [places, setPlaces] = useState<null | Place[]>(null)
  useEffect(() => {
    fetchJson<{ docs: Place[] }>(
      `${api}/locations?where[kind][not_equals]=virtual&limit=100&sort=name&depth=0`,
    )
      .then(({ docs }) => {
        setPlaces(docs)
        setLocation((current) => current || String(docs[0]?.id ?? ''))
      })
      .catch((reason: Error) => setError(reason.message))
  }, [api])
  return places
}
