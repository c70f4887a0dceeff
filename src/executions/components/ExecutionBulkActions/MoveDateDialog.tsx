'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type BulkOutcome, reportOutcome } from './outcome'

type Props = { apiURL: string; ids: number[]; onClose: () => void; onDone: () => void }

/** Moves the selected executions to another production day; completed ones are refused. */
export function MoveDateDialog({ apiURL, ids, onClose, onDone }: Props) {
  const [date, setDate] = useState('')
  const { busy, error, submit } = useSubmit()
  const move = async () => {
    await submit(async () => {
      const result = await postAction<BulkOutcome & { moved: string[] }>(
        apiURL,
        'moveExecutionsDate',
        { date, ids },
      )
      reportOutcome(`Moved ${result.moved.length} to ${date}`, result)
      onDone()
    })
  }
  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" onClick={onClose} size="medium">
            Cancel
          </Button>
          <Button disabled={busy || !date} id="bulk-move-date-confirm" onClick={move} size="medium">
            Move
          </Button>
        </>
      }
      id="bulk-move-date"
      onClose={onClose}
      title={`Move ${ids.length} execution${ids.length === 1 ? '' : 's'} to another date`}
      width={420}
    >
      <label style={{ display: 'grid', gap: 6 }}>
        New production date
        <input
          name="date"
          onChange={(event) => setDate(event.target.value)}
          style={inputStyle}
          type="date"
          value={date}
        />
      </label>
      <DialogError message={error} />
    </Dialog>
  )
}
