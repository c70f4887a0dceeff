'use client'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { StatusBadge } from '../StatusBadge'
import { type ProductionStatus } from '../StatusBadge/productionStatuses'

type Props = {
  current: null | ProductionStatus
  currentId: unknown
  disabled: boolean
  onChange: (id: number) => void
  path: string
  statuses: null | ProductionStatus[]
}

/** A new document's first status, chosen from a select, with its badge beside it. */
export function NewStatusSelect({ current, currentId, disabled, onChange, path, statuses }: Props) {
  return (
    <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <select
        disabled={disabled}
        id="field-status"
        name={path}
        onChange={(event) => onChange(Number(event.target.value))}
        style={{ ...inputStyle, flex: '1 1 8rem' }}
        value={currentId === undefined || currentId === null ? '' : String(currentId)}
      >
        {!current && <option value="">Choose a status</option>}
        {(statuses ?? []).map((status) => (
          <option key={status.id} value={status.id}>
            {status.name}
          </option>
        ))}
      </select>
      {current && <StatusBadge status={current} />}
    </div>
  )
}
