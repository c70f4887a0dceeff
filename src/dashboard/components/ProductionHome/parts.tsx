import Link from 'next/link'
import React from 'react'

import type { Figure } from '../../dashboardFigures'

/** A section of the dashboard: a titled panel in Payload's colors. */
export function Panel(props: {
  children: React.ReactNode
  name: string
  title: string
  wide?: boolean
}) {
  return (
    <section
      aria-label={props.title}
      className={`production-dashboard__panel production-dashboard__panel--${props.name}`}
      data-dashboard-section={props.name}
      style={{
        background: 'var(--theme-elevation-50)',
        border: '1px solid var(--theme-elevation-100)',
        borderRadius: 'var(--style-radius-m)',
        gridColumn: props.wide ? '1 / -1' : undefined,
        minWidth: 0,
        padding: 'calc(var(--base) * 0.8)',
      }}
    >
      <h3 style={{ margin: '0 0 calc(var(--base) * 0.6)' }}>{props.title}</h3>
      {props.children}
    </section>
  )
}

/** A count linked to the list it counts; a zero is shown plainly, in a muted color. */
export function FigureLink(props: { figure: Figure; label?: string; name?: string }) {
  const { count, href } = props.figure
  const text = props.label ? `${count} ${props.label}` : String(count)
  if (count === 0)
    return (
      <span data-figure={props.name} style={{ color: 'var(--theme-elevation-400)' }}>
        {text}
      </span>
    )
  return (
    <Link data-count={count} data-figure={props.name} href={href} prefetch={false}>
      {text}
    </Link>
  )
}

/** A large figure with its caption, for the counts read first. */
export function BigFigure(props: {
  caption: string
  figure: Figure
  name: string
  tone?: 'alert'
}) {
  const alert = props.tone === 'alert' && props.figure.count > 0
  return (
    <div style={{ display: 'grid', gap: 2 }}>
      <span
        style={{
          color: alert ? 'var(--theme-error-500)' : 'var(--theme-text)',
          fontSize: 'calc(var(--base) * 1.4)',
          fontWeight: 600,
          lineHeight: 1.1,
        }}
      >
        <FigureLink figure={props.figure} name={props.name} />
      </span>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>{props.caption}</span>
    </div>
  )
}

export const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'right',
  whiteSpace: 'nowrap',
}

export const headCell: React.CSSProperties = {
  ...cell,
  color: 'var(--theme-elevation-600)',
  fontWeight: 500,
}

export const firstCell: React.CSSProperties = { ...cell, textAlign: 'left', whiteSpace: 'normal' }

export const tableStyle: React.CSSProperties = { borderCollapse: 'collapse', width: '100%' }

/** A day as the dashboard's columns name it: "Today", "Tomorrow", or "Thu 10". */
export function dayLabel(day: string, today: string): string {
  const diff = Math.round((Date.parse(day) - Date.parse(today)) / 86_400_000)
  if (diff === 0) return 'Today'
  if (diff === 1) return 'Tomorrow'
  return new Date(`${day}T00:00:00.000Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    timeZone: 'UTC',
    weekday: 'short',
  })
}
