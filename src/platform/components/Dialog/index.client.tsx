'use client'
import React, { useEffect, useId, useRef } from 'react'
import { createPortal } from 'react-dom'

export type DialogProps = {
  /** Buttons, right-aligned under the content. */
  actions: React.ReactNode
  children: React.ReactNode
  id: string
  onClose: () => void
  title: React.ReactNode
  width?: number
}

const backdropStyle: React.CSSProperties = {
  alignItems: 'flex-start',
  background: 'rgba(0, 0, 0, 0.45)',
  display: 'flex',
  inset: 0,
  justifyContent: 'center',
  overflowY: 'auto',
  padding: '10vh var(--base, 20px)',
  position: 'fixed',
  zIndex: 1000,
}

const panelStyle: React.CSSProperties = {
  background: 'var(--theme-elevation-0, #fff)',
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 'var(--style-radius-m, 6px)',
  boxShadow: '0 12px 40px rgba(0, 0, 0, 0.25)',
  color: 'var(--theme-text, inherit)',
  maxWidth: '100%',
  outline: 'none',
  padding: 'calc(var(--base, 20px) * 1.2)',
}

const actionsStyle: React.CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 'calc(var(--base, 20px) / 2)',
  justifyContent: 'flex-end',
  marginTop: 'var(--base, 20px)',
}

/**
 * Focuses the panel while the dialog is open and gives the focus back on closing; Escape calls
 * the latest `onClose`.
 */
function useModalFocus(onClose: () => void) {
  const panel = useRef<HTMLDivElement>(null)
  const close = useRef(onClose)
  close.current = onClose
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    panel.current?.focus({ preventScroll: true })
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current()
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
      previous?.focus?.({ preventScroll: true })
    }
  }, [])
  return panel
}

/**
 * A modal dialog over the admin, rendered into the body so that it sits outside the document's
 * form (Enter in one of its inputs does not save the document). Escape and the backdrop close it.
 */
export function Dialog({ actions, children, id, onClose, title, width = 720 }: DialogProps) {
  const titleId = useId()
  const panel = useModalFocus(onClose)
  return createPortal(
    <div
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
      style={backdropStyle}
    >
      <div
        aria-labelledby={titleId}
        aria-modal="true"
        id={id}
        ref={panel}
        role="dialog"
        style={{ ...panelStyle, width }}
        tabIndex={-1}
      >
        <h3 id={titleId} style={{ margin: '0 0 var(--base, 20px)' }}>
          {title}
        </h3>
        {children}
        <div style={actionsStyle}>{actions}</div>
      </div>
    </div>,
    document.body,
  )
}

/** A native input or select that looks like the admin's own fields. */
export const inputStyle: React.CSSProperties = {
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  border: '1px solid var(--theme-elevation-150, #ddd)',
  borderRadius: 'var(--style-radius-s, 4px)',
  color: 'var(--theme-elevation-800, inherit)',
  font: 'inherit',
  height: 40,
  padding: '0 12px',
}

/** The API's refusal, shown inside a dialog: one line per message. */
export function DialogError({ message }: { message: null | string }) {
  if (!message) return null
  return (
    <div
      role="alert"
      style={{
        background: 'var(--theme-error-50, #fdecec)',
        border: '1px solid var(--theme-error-200, #f5b5b5)',
        borderRadius: 'var(--style-radius-s, 4px)',
        color: 'var(--theme-error-750, #8a1c1c)',
        marginTop: 'var(--base, 20px)',
        padding: 'calc(var(--base, 20px) / 2)',
        whiteSpace: 'pre-line',
      }}
    >
      {message}
    </div>
  )
}
