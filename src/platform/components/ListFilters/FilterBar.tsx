import React from 'react'

/** The row of quick filters above a list. */
export function FilterBar({
  children,
  className,
}: {
  children: React.ReactNode
  className: string
}) {
  return (
    <div
      className={className}
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 8,
        margin: '0 0 16px',
      }}
    >
      {children}
    </div>
  )
}
