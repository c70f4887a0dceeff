'use client'
import React, { useState } from 'react'

import { type ProductionStatus } from '../StatusBadge/productionStatuses'
import { StatusMove } from './StatusMove'
import { StatusOptions } from './StatusOptions'
import { StatusPickerButton } from './StatusPickerButton'
import { useReloadUnlessMoved } from './useReloadUnlessMoved'

type Props = {
  current: null | ProductionStatus
  currentId: unknown
  id: number | string
  readOnly?: boolean
  statuses: null | ProductionStatus[]
}

/** A saved document's status: its badge opens the menu of statuses, a pick opens the move. */
export function SavedStatusPicker({ current, currentId, id, readOnly, statuses }: Props) {
  const [open, setOpen] = useState(false)
  const [target, setTarget] = useState<null | ProductionStatus>(null)
  const [movedTo, setMovedTo] = useReloadUnlessMoved(currentId)
  return (
    <>
      <StatusPickerButton
        current={current}
        currentId={currentId}
        disabled={readOnly || !statuses || movedTo !== null}
        loaded={Boolean(statuses)}
        onClick={() => setOpen((was) => !was)}
        open={open}
        readOnly={readOnly}
      />
      {open && statuses && (
        <StatusOptions
          current={current?.id ?? null}
          onClose={() => setOpen(false)}
          onPick={(status) => {
            setOpen(false)
            setTarget(status)
          }}
          statuses={statuses}
        />
      )}
      {target && (
        <StatusMove
          current={current}
          id={id}
          onClose={() => setTarget(null)}
          onMoved={(status) => {
            setMovedTo(status)
            setTarget(null)
          }}
          target={target}
          terminal={statuses?.[statuses.length - 1]}
        />
      )}
    </>
  )
}
