'use client'
import { FieldLabel } from '@payloadcms/ui'
import React, { useState } from 'react'

import { CostFigures } from './CostFigures'
import { CostTree } from './CostTree'
import { useBomCost } from './useBomCost'

/**
 * What the recipe costs before anything is made, from bomCost: material, operations, total and
 * per unit for its output (or a quantity typed in), and the breakdown through every sub-recipe.
 * It reloads after each save, since the recipe it costs may have changed.
 */
export function BomStandardCostPanel() {
  const [quantity, setQuantity] = useState('')
  const { cost, error, id } = useBomCost(quantity)
  if (!id) return null
  return (
    <div
      className="field-type"
      id="bom-standard-cost"
      style={{ marginBottom: 'calc(var(--base) * 1.5)' }}
    >
      <FieldLabel label="Standard cost" />
      <label style={{ display: 'block', marginBottom: 8 }}>
        Cost for a quantity of{' '}
        <input
          inputMode="decimal"
          name="standardCostQuantity"
          onChange={(event) => setQuantity(event.target.value)}
          placeholder={cost?.output ?? ''}
          style={{ width: '8em' }}
          value={quantity}
        />{' '}
        {cost?.product.unit ?? ''}
      </label>
      {error && <p role="alert">Could not cost the recipe: {error}</p>}
      {cost ? (
        <>
          <CostFigures cost={cost} />
          <CostTree cost={cost} />
        </>
      ) : (
        !error && <p>Costing the recipe…</p>
      )}
    </div>
  )
}
