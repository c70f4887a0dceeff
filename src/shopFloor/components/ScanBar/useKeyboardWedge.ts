'use client'
import { useEffect } from 'react'

import { keystroke, noKeystrokes } from '../../rules/scanKeystrokes'

/** Whether a key went to a field the user types in (their typing is theirs, not a scan). */
const typedIntoField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))

/**
 * Listens for a keyboard-wedge scanner anywhere on the page but in fields: fast keystrokes ended
 * by Enter. The Enter that ends a scan goes no further, so it presses no focused button.
 */
export function useKeyboardWedge(onScan: (code: string) => void) {
  useEffect(() => {
    let state = noKeystrokes
    const listener = (event: KeyboardEvent) => {
      if (typedIntoField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return
      const next = keystroke(state, event.key, event.timeStamp)
      state = next.state
      if (!next.scanned) return
      event.preventDefault()
      event.stopPropagation()
      onScan(next.scanned)
    }
    window.addEventListener('keydown', listener, true)
    return () => window.removeEventListener('keydown', listener, true)
  }, [onScan])
}
