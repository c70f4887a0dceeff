'use client'
import React from 'react'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { lineCell as cell } from '../../../platform/components/figureCells'
import { useProductionStatuses } from '../../../workflow/components/StatusBadge/productionStatuses'
import { ExecutionLink } from './ExecutionLink'
import { refOf, useLinkedExecution } from './useLinkedExecutions'

/** The supply statuses, from nothing asked for to on the trolley, as traffic-light colors. */
const supplyLooks: Record<string, { color: string; label: string }> = {
  in_trolley: { color: '#15803d', label: 'In trolley' },
  issued: { color: '#16a34a', label: 'Issued' },
  not_requested: { color: '#9ca3af', label: 'Not requested' },
  picked: { color: '#2563eb', label: 'Picked' },
  requisitioned: { color: '#d97706', label: 'Requisitioned' },
}

/**
 * How each saved requirement is being supplied: a supplied material's supply status as a colored
 * indicator, with the quantities of each step when one is partial (read-only: the store's
 * requisitions set both); a sub-recipe's child execution, linked, with its status.
 */
export function SupplyOverviewField() {
  const doc = useLinkedExecution()
  const { statuses } = useProductionStatuses()
  const requirements = doc?.requirements ?? []
  if (!doc || requirements.length === 0) return null
  return (
    <div style={{ marginBottom: 'var(--base, 20px)' }}>
      <h4 style={{ margin: '0 0 8px' }}>Supply</h4>
      <LinesTable
        columns={['Item', 'Required', 'Supply']}
        data-testid="supply-overview"
        headStyle={cell}
      >
        {requirements.map((requirement, index) => {
          const item = refOf(requirement.item) as {
            name?: string
            sku?: string
            unit?: string
          } | null
          const child = refOf(requirement.childExecution)
          const look =
            supplyLooks[requirement.supplyStatus ?? 'not_requested'] ?? supplyLooks.not_requested!
          return (
            <tr data-requirement={item?.sku ?? ''} key={requirement.id ?? index}>
              <td style={cell}>{item ? `${item.sku} · ${item.name}` : String(requirement.item)}</td>
              <td style={cell}>
                {requirement.requiredQuantity} {item?.unit ?? ''}
              </td>
              <td style={cell}>
                {requirement.kind === 'sub_recipe' && child ? (
                  <ExecutionLink execution={child} statuses={statuses} />
                ) : (
                  <span
                    data-supply-status={requirement.supplyStatus ?? 'not_requested'}
                    style={{ alignItems: 'center', display: 'inline-flex', gap: 6 }}
                  >
                    <span
                      aria-hidden="true"
                      style={{ background: look.color, borderRadius: 999, height: 10, width: 10 }}
                    />
                    {look.label}
                    {requirement.supplyDetail && (
                      <span
                        className="supply-detail"
                        style={{ color: 'var(--theme-elevation-500)', fontSize: 13 }}
                      >
                        {requirement.supplyDetail}
                      </span>
                    )}
                  </span>
                )}
              </td>
            </tr>
          )
        })}
      </LinesTable>
    </div>
  )
}
