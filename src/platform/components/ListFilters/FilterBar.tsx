import React from 'react'

/** The row of quick filters above a list, with the list's own tools (`end`) at its right. */
export function FilterBar({
  children,
  className,
  end,
}: {
  children: React.ReactNode
  className: string
  end?: React.ReactNode
}) {
  return (
    <div
      className={className}
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        margin: '0 0 var(--base, 20px)',
      }}
    >
      {children}
      {end && (
        <div style={{ alignItems: 'center', display: 'flex', gap: 8, marginLeft: 'auto' }}>
          {end}
        </div>
      )}
    </div>
  )
}
