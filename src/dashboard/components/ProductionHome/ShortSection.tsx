import React from 'react'

import type { ShortFigures } from '../../dashboardShort'
import { cell, FigureLink, firstCell, headCell, Panel, tableStyle } from './parts'
import Link from 'next/link'

const quantity = (value: string, unit: string) => (unit ? `${value} ${unit}` : value)

type Line = ShortFigures['lines'][number]

/** One material short on one floor, and the ways to cover it the user may take. */
function ShortRow({ actions, line, money }: { actions: boolean; line: Line; money: boolean }) {
  return (
    <tr data-short-item={line.item.sku}>
      <td style={firstCell}>
        {line.item.name}{' '}
        <span style={{ color: 'var(--theme-elevation-500)' }}>{line.item.sku}</span>
      </td>
      <td style={firstCell}>{line.floor.name}</td>
      <td style={cell}>{quantity(line.needed, line.item.unit)}</td>
      <td style={cell}>{quantity(line.onFloor, line.item.unit)}</td>
      <td style={{ ...cell, color: 'var(--theme-error-500)', fontWeight: 600 }}>
        {quantity(line.missing, line.item.unit)}
      </td>
      <td style={cell}>{line.issuable}</td>
      <td style={cell}>{line.incoming}</td>
      <td style={cell}>{line.short}</td>
      {money && <td style={cell}>{line.value}</td>}
      <td style={cell}>
        <FigureLink figure={line.executions} name="short-executions" />
      </td>
      {actions && (
        <td style={cell}>
          <span style={{ display: 'inline-flex', gap: 12 }}>
            {line.request && (
              <Link data-short-action="request" href={line.request} prefetch={false}>
                Request from store
              </Link>
            )}
            {line.buy && (
              <Link data-short-action="buy" href={line.buy} prefetch={false}>
                Buy
              </Link>
            )}
          </span>
        </td>
      )}
    </tr>
  )
}

/**
 * Materials the floors cannot cover for the coming executions: what is missing, what the store
 * can issue, what purchases bring and what is left to buy, with the way to each.
 */
export function ShortSection({ short }: { short: ShortFigures }) {
  const money = short.value !== undefined
  const actions = short.lines.some((line) => line.request || line.buy)
  return (
    <Panel name="short" title="Short materials" wide>
      {short.lines.length === 0 ? (
        <p style={{ margin: 0 }}>Every floor has what its coming executions need.</p>
      ) : (
        <table style={tableStyle}>
          <thead>
            <tr>
              <th style={{ ...headCell, textAlign: 'left' }}>Material</th>
              <th style={{ ...headCell, textAlign: 'left' }}>Floor</th>
              <th style={headCell}>Needed</th>
              <th style={headCell}>On the floor</th>
              <th style={headCell}>Missing</th>
              <th style={headCell}>Store can issue</th>
              <th style={headCell}>Incoming</th>
              <th style={headCell}>To buy</th>
              {money && <th style={headCell}>Value to buy</th>}
              <th style={headCell}>Executions</th>
              {actions && <th style={headCell} />}
            </tr>
          </thead>
          <tbody>
            {short.lines.map((line) => (
              <ShortRow
                actions={actions}
                key={`${line.floor.id}:${line.item.id}`}
                line={line}
                money={money}
              />
            ))}
          </tbody>
        </table>
      )}
      {money && (
        <p data-figure="short-value" style={{ margin: '8px 0 0', textAlign: 'right' }}>
          To buy, at standard cost: <strong>{short.value}</strong>
        </p>
      )}
    </Panel>
  )
}
