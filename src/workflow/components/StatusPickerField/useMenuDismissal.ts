'use client'
import { type RefObject, useEffect, useRef } from 'react'

/**
 * A menu opened from the status picker's button: focus goes to its first enabled choice, and
 * Escape or a press outside the menu and the button closes it.
 */
export function useMenuDismissal(menu: RefObject<HTMLDivElement | null>, onClose: () => void) {
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    menu.current
      ?.querySelector<HTMLButtonElement>('button:not([disabled])')
      ?.focus({ preventScroll: true })
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current()
    }
    const onPointer = (event: MouseEvent) => {
      const target = event.target as Node
      const button = document.getElementById('status-picker-button')
      if (!menu.current?.contains(target) && !button?.contains(target)) close.current()
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('mousedown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('mousedown', onPointer)
    }
  }, [menu])
}
