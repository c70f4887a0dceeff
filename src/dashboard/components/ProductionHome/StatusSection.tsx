import React from 'react'

import type { DocumentFigures } from '../../dashboardFigures'
import { statusColors, type StatusColor } from '../../../workflow/rules/statusAppearance'
import {
  BigFigure,
  cell,
  dayLabel,
  FigureLink,
  firstCell,
  headCell,
  Panel,
  tableStyle,
} from './parts'

/** A status's name with its badge color, as the lists show it. */
function StatusName({ color, name }: { color: string; name: string }) {
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 6 }}>
      <span
        aria-hidden
        style={{
          background: statusColors[color as StatusColor] ?? statusColors.gray,
          borderRadius: 999,
          display: 'inline-block',
          height: 10,
          width: 10,
        }}
      />
      {name}
    </span>
  )
}

/**
 * Executions or manufacturing orders of the window: late and all at the top, then a table of
 * statuses by day, every count linked to its list.
 */
export function StatusSection(props: {
  days: string[]
  figures: DocumentFigures
  name: 'executions' | 'orders'
  title: string
  today: string
}) {
  const { figures, name } = props
  return (
    <Panel name={name} title={props.title}>
      <div style={{ display: 'flex', gap: 'calc(var(--base) * 1.5)', marginBottom: 12 }}>
        <BigFigure caption="Late" figure={figures.late} name={`${name}-late`} tone="alert" />
        <BigFigure caption="In these days" figure={figures.total} name={`${name}-total`} />
      </div>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th style={{ ...headCell, textAlign: 'left' }}>Status</th>
            {props.days.map((day) => (
              <th key={day} style={headCell}>
                {dayLabel(day, props.today)}
              </th>
            ))}
            <th style={headCell}>All</th>
          </tr>
        </thead>
        <tbody>
          {figures.statuses.map((row) => (
            <tr data-status={row.status.name} key={row.status.id}>
              <td style={firstCell}>
                <StatusName color={row.status.color} name={row.status.name} />
              </td>
              {row.perDay.map((figure, i) => (
                <td key={props.days[i]} style={cell}>
                  <FigureLink figure={figure} name={`${name}-status-day`} />
                </td>
              ))}
              <td style={{ ...cell, fontWeight: 600 }}>
                <FigureLink figure={row.total} name={`${name}-status`} />
              </td>
            </tr>
          ))}
          <tr>
            <td style={{ ...firstCell, fontWeight: 600 }}>All statuses</td>
            {figures.perDay.map((figure, i) => (
              <td key={props.days[i]} style={{ ...cell, fontWeight: 600 }}>
                <FigureLink figure={figure} name={`${name}-day`} />
              </td>
            ))}
            <td style={{ ...cell, fontWeight: 600 }}>
              <FigureLink figure={figures.total} name={`${name}-all`} />
            </td>
          </tr>
        </tbody>
      </table>
    </Panel>
  )
}
