'use client'
import React from 'react'

import { useProductionStatuses } from '../../../workflow/components/StatusBadge/productionStatuses'
import { ExecutionLink } from './ExecutionLink'
import { refOf, useLinkedExecution } from './useLinkedExecutions'

const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'left',
}

/** The executions that consume this one (its parents), linked, with their status and need. */
export function PredecessorsField() {
  const doc = useLinkedExecution()
  const { statuses } = useProductionStatuses()
  const parents = doc?.parents ?? []
  if (!doc) return null
  if (parents.length === 0)
    return <p style={{ color: 'var(--theme-elevation-500)' }}>No execution consumes this one.</p>
  return (
    <table
      data-testid="predecessors"
      style={{ borderCollapse: 'collapse', marginBottom: 20, width: '100%' }}
    >
      <thead>
        <tr>
          <th style={cell}>Execution</th>
          <th style={cell}>Requires</th>
        </tr>
      </thead>
      <tbody>
        {parents.map((parent, index) => {
          const execution = refOf(parent.execution) ?? { id: Number(parent.execution) }
          return (
            <tr key={parent.id ?? index}>
              <td style={cell}>
                <ExecutionLink execution={execution} statuses={statuses} />
              </td>
              <td style={cell}>{parent.requiredQuantity}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
