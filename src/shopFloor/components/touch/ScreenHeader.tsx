import React from 'react'

import { TouchLink } from './TouchLink'

type Props = {
  /** Where the back control goes; none on the first screen. */
  back?: { href: string; label: string }
  /** Controls at the header's end. */
  children?: React.ReactNode
  title: string
}

/** A shop-floor screen's top: back, the title in large type, and the screen's own controls. */
export function ScreenHeader({ back, children, title }: Props) {
  return (
    <header
      style={{
        alignItems: 'center',
        borderBottom: '1px solid var(--theme-elevation-150)',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 12,
        padding: '12px 0',
      }}
    >
      {back && (
        <TouchLink href={back.href} id="shop-floor-back">
          <span aria-hidden>←</span> {back.label}
        </TouchLink>
      )}
      <h1 style={{ flex: '1 1 auto', fontSize: 28, lineHeight: 1.2, margin: 0 }}>{title}</h1>
      {children}
    </header>
  )
}
