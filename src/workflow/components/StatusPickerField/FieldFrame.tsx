import React from 'react'

/** The status field's box in the form; the saved document's holds the menu of statuses. */
export function FieldFrame({ children, menu }: { children: React.ReactNode; menu?: boolean }) {
  return (
    <div
      className="field-type"
      style={{ marginBottom: 'var(--base)', ...(menu ? { position: 'relative' } : {}) }}
    >
      {children}
    </div>
  )
}
