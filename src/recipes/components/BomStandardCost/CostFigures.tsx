import type { BomCostView } from '../../bomCostView'

import React from 'react'

const figure: React.CSSProperties = { margin: 0 }

/** Material, operations, total for the quantity costed, and per unit. */
export function CostFigures({ cost }: { cost: BomCostView }) {
  const figures: [string, 'materialCost' | 'operationCost' | 'totalCost' | 'unitCost'][] = [
    ['Material', 'materialCost'],
    ['Operations', 'operationCost'],
    [`Total for ${cost.quantity} ${cost.product.unit ?? ''}`, 'totalCost'],
    ['Per unit', 'unitCost'],
  ]
  return (
    <dl
      style={{
        display: 'grid',
        gap: '4px 16px',
        gridTemplateColumns: 'max-content max-content',
      }}
    >
      {figures.map(([label, name]) => (
        <React.Fragment key={name}>
          <dt>{label}</dt>
          <dd data-figure={name} style={figure}>
            {cost[name]}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  )
}
