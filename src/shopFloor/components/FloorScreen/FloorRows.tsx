import Link from 'next/link'
import React from 'react'

import { StatusBadge } from '../../../workflow/components/StatusBadge'
import type { FloorRow } from '../../floorList'

/** The supply status as a coloured tag: green once the materials are at hand. */
function SupplyTag({ supply }: { supply: NonNullable<FloorRow['supply']> }) {
  return (
    <span
      data-supplied={supply.supplied ? 'true' : 'false'}
      style={{
        background: supply.supplied ? 'var(--theme-success-100)' : 'var(--theme-warning-100)',
        borderRadius: 999,
        color: supply.supplied ? 'var(--theme-success-800)' : 'var(--theme-warning-800)',
        fontSize: 15,
        fontWeight: 600,
        padding: '2px 10px',
        whiteSpace: 'nowrap',
      }}
    >
      {supply.supplied ? '✓ ' : ''}
      {supply.label}
    </span>
  )
}

/** One execution or order: a whole card to tap, opening its station. */
function RowCard({ href, row }: { href: string; row: FloorRow }) {
  return (
    <li>
      <Link
        data-row={row.code}
        href={href}
        style={{
          background: 'var(--theme-elevation-50)',
          border: '1px solid var(--theme-elevation-150)',
          borderRadius: 'var(--style-radius-m, 8px)',
          color: 'inherit',
          display: 'grid',
          gap: 6,
          minHeight: 72,
          padding: '12px 16px',
          textDecoration: 'none',
        }}
      >
        <span style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 10 }}>
          <strong style={{ fontSize: 20 }}>{row.code}</strong>
          {row.status && <StatusBadge status={row.status} />}
          {row.supply && <SupplyTag supply={row.supply} />}
        </span>
        <span style={{ fontSize: 18 }}>
          {row.product ? `${row.product} · ` : ''}
          <strong>{row.quantity}</strong>
        </span>
      </Link>
    </li>
  )
}

/** A titled list of cards, or a line saying there is nothing. */
export function FloorRows(props: {
  empty: string
  hrefOf: (row: FloorRow) => string
  id: string
  rows: FloorRow[]
  title: string
}) {
  return (
    <section aria-label={props.title} id={props.id}>
      <h2 style={{ fontSize: 22, margin: '20px 0 8px' }}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul style={{ display: 'grid', gap: 10, listStyle: 'none', margin: 0, padding: 0 }}>
          {props.rows.map((row) => (
            <RowCard href={props.hrefOf(row)} key={`${row.kind}:${row.id}`} row={row} />
          ))}
        </ul>
      )}
    </section>
  )
}
