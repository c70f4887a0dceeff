'use client'
import React, { useState } from 'react'

import { GridField, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type BulkOutcome, reportOutcome } from './outcome'

type Props = { apiURL: string; ids: number[]; onClose: () => void; onDone: () => void }

/** Moves the selected executions to another production day; completed ones are refused. */
export function MoveDateDialog({ apiURL, ids, onClose, onDone }: Props) {
  const [date, setDate] = useState('')
  const submission = useSubmit()
  const move = () =>
    submission.submit(async () => {
      const result = await postAction<BulkOutcome & { moved: string[] }>(
        apiURL,
        'moveExecutionsDate',
        { date, ids },
      )
      reportOutcome(`Moved ${result.moved.length} to ${date}`, result)
      onDone()
    })
  return (
    <FormDialog
      confirm={{ disabled: !date, label: 'Move', onClick: move }}
      id="bulk-move-date"
      onClose={onClose}
      submission={submission}
      title={`Move ${ids.length} execution${ids.length === 1 ? '' : 's'} to another date`}
      width={420}
    >
      <GridField label="New production date">
        <TextInput name="date" onChange={setDate} type="date" value={date} />
      </GridField>
    </FormDialog>
  )
}
