'use client'
import type { MaterialRequisition, Trolley } from '../../../payload-types'

import { Button, toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { idOfRef, locationName } from './requisitionView'

type Props = {
  apiURL: string
  onClose: () => void
  onDone: () => void
  requisition: MaterialRequisition
}

/**
 * Stages what was issued for a requisition on a trolley on its floor: a new one, with a label, or
 * one of the floor's trolleys that are ready.
 */
export function StageTrolleyDialog({ apiURL, onClose, onDone, requisition }: Props) {
  const floor = idOfRef(requisition.floor)
  const [trolleys, setTrolleys] = useState<Trolley[]>([])
  const [choice, setChoice] = useState('new')
  const [label, setLabel] = useState('')
  const { busy, error, setError, submit } = useSubmit()

  useEffect(() => {
    const query = new URLSearchParams({
      depth: '0',
      limit: '100',
      sort: '-createdAt',
      'where[floor][equals]': String(floor),
      'where[state][equals]': 'ready',
    })
    fetchJson<{ docs: Trolley[] }>(`${apiURL}/trolleys?${query}`).then(
      ({ docs }) => setTrolleys(docs),
      (reason: Error) => setError(reason.message),
    )
  }, [apiURL, floor, setError])

  const stage = () =>
    submit(async () => {
      const result = await postAction<{ trolley: { code: string } }>(apiURL, 'stageTrolley', {
        requisitions: [requisition.id],
        ...(choice === 'new' ? { label: label.trim() || undefined } : { trolley: Number(choice) }),
      })
      toast.success(`Staged on ${result.trolley.code}`)
      onDone()
    })

  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" onClick={onClose} size="medium">
            Cancel
          </Button>
          <Button disabled={busy} id="stage-trolley-confirm" onClick={stage} size="medium">
            Stage
          </Button>
        </>
      }
      id="stage-trolley"
      onClose={onClose}
      title={`Stage ${requisition.code ?? ''} on a trolley`}
      width={520}
    >
      <p style={{ marginTop: 0 }}>
        What was issued to {locationName(requisition.floor)} and is on no trolley yet goes on the
        trolley, lot by lot.
      </p>
      <div style={{ display: 'grid', gap: 12 }}>
        <label style={{ display: 'grid', gap: 6 }}>
          Trolley
          <select
            name="trolley"
            onChange={(e) => setChoice(e.target.value)}
            style={inputStyle}
            value={choice}
          >
            <option value="new">A new trolley</option>
            {trolleys.map((trolley) => (
              <option key={trolley.id} value={String(trolley.id)}>
                {trolley.code}
                {trolley.label ? ` · ${trolley.label}` : ''}
              </option>
            ))}
          </select>
        </label>
        {choice === 'new' && (
          <label style={{ display: 'grid', gap: 6 }}>
            Label (optional)
            <input
              name="label"
              onChange={(e) => setLabel(e.target.value)}
              placeholder="Bay 3, morning round"
              style={inputStyle}
              value={label}
            />
          </label>
        )}
      </div>
      <DialogError message={error} />
    </Dialog>
  )
}
