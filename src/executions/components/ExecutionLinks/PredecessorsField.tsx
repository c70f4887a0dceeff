'use client'
import React from 'react'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { lineCell as cell } from '../../../platform/components/figureCells'
import { useProductionStatuses } from '../../../workflow/components/StatusBadge/productionStatuses'
import { ExecutionLink } from './ExecutionLink'
import { refOf, useLinkedExecution } from './useLinkedExecutions'

/** The executions that consume this one (its parents), linked, with their status and need. */
export function PredecessorsField() {
  const doc = useLinkedExecution()
  const { statuses } = useProductionStatuses()
  const parents = doc?.parents ?? []
  if (!doc) return null
  if (parents.length === 0)
    return <p style={{ color: 'var(--theme-elevation-500)' }}>No execution consumes this one.</p>
  return (
    <LinesTable
      columns={['Execution', 'Requires']}
      data-testid="predecessors"
      headStyle={cell}
      style={{ marginBottom: 20 }}
    >
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
    </LinesTable>
  )
}
