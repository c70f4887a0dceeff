'use client'
import { useEffect, useState } from 'react'

/**
 * After a move the refreshed document brings the new status; if the form kept the old one,
 * reload rather than let a later save put the old status back. Returns the status moved to while
 * the form has not caught up, and the setter a move calls.
 */
export function useReloadUnlessMoved(currentId: unknown) {
  const [movedTo, setMovedTo] = useState<null | number>(null)
  useEffect(() => {
    if (movedTo === null) return
    if (String(currentId) === String(movedTo)) {
      setMovedTo(null)
      return
    }
    const timer = setTimeout(() => window.location.reload(), 4000)
    return () => clearTimeout(timer)
  }, [currentId, movedTo])
  return [movedTo, setMovedTo] as const
}
