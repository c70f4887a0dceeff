import type { BomCostLevelView } from '../../bomCostView'

import React from 'react'

import { figureCell, labelCell } from '../../../platform/components/figureCells'

const sourceLabel: Record<string, string> = {
  last_purchase: 'Last purchase price',
  none: 'No cost known',
  on_hand: 'On hand (weighted average)',
  standard: 'Standard cost',
  sub_recipe: 'Sub-recipe (its own BOM)',
}

const cell = figureCell
const first = labelCell
const indent = (depth: number): React.CSSProperties => ({
  ...first,
  paddingLeft: `calc(10px + ${depth * 1.5}em)`,
})

/** One level of the breakdown: its components (a sub-recipe followed by its own level), then its operations. */
function LevelRows({ depth, level }: { depth: number; level: BomCostLevelView }) {
  return (
    <>
      {level.lines.map((line, index) => (
        <React.Fragment key={`line-${index}`}>
          <tr data-depth={depth} data-item={line.item.id} data-source={line.source}>
            <td style={indent(depth)}>
              {line.breakdown ? '▾ ' : ''}
              {line.item.name}
            </td>
            <td style={cell}>
              {line.quantity} {line.item.unit ?? ''}
            </td>
            <td style={cell}>{line.unitCost ?? '—'}</td>
            <td style={first}>{sourceLabel[line.source] ?? line.source}</td>
            <td data-column="cost" style={cell}>
              {line.cost}
            </td>
          </tr>
          {line.breakdown && <LevelRows depth={depth + 1} level={line.breakdown} />}
        </React.Fragment>
      ))}
      {level.operations.map((operation, index) => (
        <tr data-depth={depth} data-operation={operation.step} key={`operation-${index}`}>
          <td style={indent(depth)}>
            {operation.step} ({operation.resource.name})
          </td>
          <td style={cell}>
            {operation.crewSize} × {operation.minutes} min
          </td>
          <td style={cell}>{operation.ratePerHour ?? '—'} / h</td>
          <td style={first}>Operation ({operation.resourceType})</td>
          <td data-column="cost" style={cell}>
            {operation.cost}
          </td>
        </tr>
      ))}
    </>
  )
}

/** The breakdown tree: every component and operation down through the sub-recipes. */
export function CostTree({ cost }: { cost: BomCostLevelView }) {
  return (
    <table id="bom-cost-breakdown" style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={first}>Component or operation</th>
          <th style={cell}>Quantity</th>
          <th style={cell}>Unit cost</th>
          <th style={first}>Source</th>
          <th style={cell}>Cost</th>
        </tr>
      </thead>
      <tbody>
        <LevelRows depth={0} level={cost} />
      </tbody>
    </table>
  )
}
