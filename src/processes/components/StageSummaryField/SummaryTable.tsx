import type { RunSummaryView } from '../../actions/productionRunSummary'

import React from 'react'

import { figureCell, labelCell } from '../../../platform/components/figureCells'

const columns = [
  ['inputs', 'Inputs'],
  ['outputs', 'Outputs'],
  ['waste', 'Waste'],
  ['rejection', 'Rejection'],
  ['scrap', 'Scrap'],
  ['unaccounted', 'Unaccounted'],
] as const

type Figures = Record<(typeof columns)[number][0], string>

const cell = figureCell
const first = labelCell
/** Unaccounted stock is what a manager looks for: highlighted whenever it is not zero. */
const flagged: React.CSSProperties = {
  ...cell,
  background: 'var(--theme-warning-100, #fdecc8)',
  color: 'var(--theme-warning-800, #7a4a00)',
  fontWeight: 700,
}

const isZero = (value: string) => /^-?0(\.0*)?$/.test(value)

function FigureCells({ figures }: { figures: Figures }) {
  return columns.map(([name]) => (
    <td
      data-column={name}
      key={name}
      style={name === 'unaccounted' && !isZero(figures.unaccounted) ? flagged : cell}
    >
      {figures[name]}
    </td>
  ))
}

/** Per stage and unit: inputs, outputs, each loss and what is unaccounted; then the run's totals. */
export function SummaryTable({ summary }: { summary: RunSummaryView }) {
  return (
    <table id="stage-summary" style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={first}>Stage</th>
          <th style={first}>Unit</th>
          {columns.map(([name, label]) => (
            <th key={name} style={cell}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.stages.map((stage, index) => (
          <tr data-stage={stage.stage} data-stage-name={stage.name} key={stage.stage}>
            <td style={first}>
              {stage.removed ? `${stage.name} (removed)` : `${index + 1}. ${stage.name}`}
            </td>
            {stage.ok ? (
              <>
                <td style={first}>{stage.unit ?? '—'}</td>
                <FigureCells figures={stage.totals} />
              </>
            ) : (
              <td colSpan={columns.length + 1} style={flagged}>
                Mixed units ({stage.units.join(', ')}): quantities in different units are not added
                up. Record each stage in one unit, or reverse the entry in the other.
              </td>
            )}
          </tr>
        ))}
      </tbody>
      {summary.totals.length > 0 && (
        <tfoot>
          {summary.totals.map((total) => (
            <tr data-total={total.unit} key={total.unit} style={{ fontWeight: 600 }}>
              <td style={first}>All stages</td>
              <td style={first}>{total.unit}</td>
              <FigureCells figures={total} />
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  )
}
