'use client'
import type { CostVarianceView } from '../../../variance/costComparison'
import type { PlanCostVarianceView } from '../../actions/planCostVariance'

import { FieldLabel, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

const rows = [
  ['materialCost', 'Material'],
  ['operationCost', 'Operations'],
  ['totalCost', 'Total'],
  ['unitCost', 'Per unit'],
] as const

const cell: React.CSSProperties = { padding: '2px 6px', textAlign: 'right' }

/**
 * Planned cost (the plan at today's current cost) beside actual cost and the variance, from
 * orderCostVariance / executionCostVariance / planCostVariance (with a row per execution); it
 * reloads after each save.
 */
export function CostVariancePanel({ kind }: { kind: 'execution' | 'order' | 'plan' }) {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { action } = useManufacturingApi()
  const [view, setView] = useState<(CostVarianceView & Partial<PlanCostVarianceView>) | null>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    const request =
      kind === 'order'
        ? action<CostVarianceView>('orderCostVariance', { order: Number(id) })
        : kind === 'plan'
          ? action<PlanCostVarianceView>('planCostVariance', { plan: Number(id) })
          : action<CostVarianceView>('executionCostVariance', { id: Number(id) })
    request.then(
      (result) => current && (setView(result), setError(null)),
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [action, id, kind, lastUpdateTime])
  if (!id) return null
  return (
    <div className="field-type" id="cost-variance" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label="Planned and actual cost" />
      {error && <p role="alert">Could not compare the costs: {error}</p>}
      {view && (
        <LinesTable columns={['', 'Planned', 'Actual', 'Variance']} headStyle={cell}>
          {rows.map(([field, label]) => (
            <tr data-cost={field} key={field}>
              <th style={{ padding: '2px 6px', textAlign: 'left' }}>{label}</th>
              <td style={cell}>{view.planned[field] ?? '–'}</td>
              <td style={cell}>{view.actual[field] ?? '–'}</td>
              <td style={cell}>{view.variance[field] ?? '–'}</td>
            </tr>
          ))}
          {view.executions?.map((execution) => (
            <tr data-execution={execution.id} key={execution.id}>
              <th style={{ fontWeight: 'normal', padding: '2px 6px', textAlign: 'left' }}>
                <a href={`../executions/${execution.id}`}>{execution.title ?? execution.code}</a>
              </th>
              <td style={cell}>{execution.planned.totalCost ?? '–'}</td>
              <td style={cell}>{execution.actual.totalCost ?? '–'}</td>
              <td style={cell}>{execution.variance.totalCost ?? '–'}</td>
            </tr>
          ))}
        </LinesTable>
      )}
      {view?.lines.some((line) => line.source === 'none') && (
        <p style={{ color: 'var(--theme-elevation-500)', fontSize: 12 }}>
          Some items have no known cost: they count as nothing in the plan.
        </p>
      )}
    </div>
  )
}
