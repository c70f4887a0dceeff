'use client'
import type { Trolley } from '../../../payload-types'

import { toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoiceSelect, GridField, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { idOfRef, locationName, type RequisitionDialogProps } from './requisitionView'

/** The floor's trolleys that are ready, newest first. */
function useReadyTrolleys(apiURL: string, floor: number, setError: (message: string) => void) {
  const [trolleys, setTrolleys] = useState<Trolley[]>([])
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
  return trolleys
}

type Props = RequisitionDialogProps

/**
 * Stages what was issued for a requisition on a trolley on its floor: a new one, with a label, or
 * one of the floor's trolleys that are ready.
 */
export function StageTrolleyDialog({ apiURL, onClose, onDone, requisition }: Props) {
  const [choice, setChoice] = useState('new')
  const [label, setLabel] = useState('')
  const submission = useSubmit()
  const { setError, submit } = submission
  const trolleys = useReadyTrolleys(apiURL, idOfRef(requisition.floor), setError)

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
    <FormDialog
      confirm={{ label: 'Stage', onClick: stage }}
      id="stage-trolley"
      onClose={onClose}
      submission={submission}
      title={`Stage ${requisition.code ?? ''} on a trolley`}
      width={520}
    >
      <p style={{ marginTop: 0 }}>
        What was issued to {locationName(requisition.floor)} and is on no trolley yet goes on the
        trolley, lot by lot.
      </p>
      <div style={{ display: 'grid', gap: 12 }}>
        <GridField label="Trolley">
          <ChoiceSelect
            choices={trolleys.map(
              (trolley) =>
                [
                  String(trolley.id),
                  `${trolley.code}${trolley.label ? ` · ${trolley.label}` : ''}`,
                ] as const,
            )}
            name="trolley"
            onChange={setChoice}
            value={choice}
          >
            <option value="new">A new trolley</option>
          </ChoiceSelect>
        </GridField>
        {choice === 'new' && (
          <GridField label="Label (optional)">
            <TextInput
              name="label"
              onChange={setLabel}
              placeholder="Bay 3, morning round"
              value={label}
            />
          </GridField>
        )}
      </div>
    </FormDialog>
  )
}
