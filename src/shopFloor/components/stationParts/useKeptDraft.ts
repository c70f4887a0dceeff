'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

/** A fresh idempotency key: one per thing the operator means to record once. */
export const newStationKey = () =>
  `floor-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

type Kept<T> = T & { key: string }

/**
 * What the operator is entering, kept on the device under `storageKey` with the idempotency key
 * its submission carries: a dropped network or a reload loses nothing, and the retry sends the
 * same key, so the server records it once. `clear` starts a new draft with a new key.
 */
export function useKeptDraft<T extends object>(storageKey: string, empty: () => T) {
  const blank = useRef(empty).current
  const [draft, setState] = useState<Kept<T>>(() => ({ ...blank(), key: newStationKey() }))
  useEffect(() => {
    const stored = window.localStorage.getItem(storageKey)
    if (!stored) return
    try {
      setState((current) => ({ ...current, ...(JSON.parse(stored) as Kept<T>) }))
    } catch {
      window.localStorage.removeItem(storageKey)
    }
  }, [storageKey])
  const change = useCallback(
    (patch: Partial<Kept<T>>) =>
      setState((current) => {
        const next = { ...current, ...patch }
        window.localStorage.setItem(storageKey, JSON.stringify(next))
        return next
      }),
    [storageKey],
  )
  const clear = useCallback(
    (keep: Partial<T> = {}) => {
      window.localStorage.removeItem(storageKey)
      setState({ ...blank(), ...keep, key: newStationKey() })
    },
    [blank, storageKey],
  )
  return { change, clear, draft }
}
