'use client'
import type { BomCostView } from '../../bomCostView'

import { FieldLabel, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { CostTree } from './CostTree'

const figure: React.CSSProperties = { margin: 0 }

/**
 * What the recipe costs before anything is made, from bomCost: material, operations, total and
 * per unit for its output (or a quantity typed in), and the breakdown through every sub-recipe.
 * It reloads after each save, since the recipe it costs may have changed.
 */
export function BomStandardCostPanel() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { action } = useManufacturingApi()
  const [quantity, setQuantity] = useState('')
  const [cost, setCost] = useState<BomCostView | null>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    const args = quantity.trim()
      ? { id: Number(id), quantity: quantity.trim() }
      : { id: Number(id) }
    action<BomCostView>('bomCost', args).then(
      (result) => current && (setCost(result), setError(null)),
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [action, id, lastUpdateTime, quantity])
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
          <dl
            style={{
              display: 'grid',
              gap: '4px 16px',
              gridTemplateColumns: 'max-content max-content',
            }}
          >
            <dt>Material</dt>
            <dd data-figure="materialCost" style={figure}>
              {cost.materialCost}
            </dd>
            <dt>Operations</dt>
            <dd data-figure="operationCost" style={figure}>
              {cost.operationCost}
            </dd>
            <dt>
              Total for {cost.quantity} {cost.product.unit ?? ''}
            </dt>
            <dd data-figure="totalCost" style={figure}>
              {cost.totalCost}
            </dd>
            <dt>Per unit</dt>
            <dd data-figure="unitCost" style={figure}>
              {cost.unitCost}
            </dd>
          </dl>
          <CostTree cost={cost} />
        </>
      ) : (
        !error && <p>Costing the recipe…</p>
      )}
    </div>
  )
}
