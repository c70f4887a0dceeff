'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { EntryLine, type ItemOption, type LineDraft, lineArgs, type LineKind } from './EntryLine'

export type RecordKind = LineKind

type Props = {
  apiURL: string
  canCreateItems: boolean
  defaultStage?: string
  kind: RecordKind
  location?: number
  onClose: () => void
  onRecorded: (count: number) => void
  run: number
  stages: { id: string; name: string }[]
}

const titles: Record<RecordKind, [string, string]> = {
  inputs: ['Record inputs', 'Confirm inputs'],
  losses: ['Record losses', 'Confirm losses'],
  outputs: ['Record outputs', 'Confirm outputs'],
}
const actions: Record<RecordKind, string> = {
  inputs: 'recordInputs',
  losses: 'recordLosses',
  outputs: 'recordOutputs',
}
const emptyLine = (): LineDraft => ({
  item: '',
  lot: '',
  newItem: { name: '', sku: '', unit: '' },
  note: '',
  quantity: '',
  type: 'waste',
})

/**
 * Records one stage's inputs, outputs or losses in one go. The request carries a key made when
 * the dialog opened, so a double click or a retry records once; a refusal (not enough stock, an
 * item without a scrap item…) is shown here and nothing is written.
 */
export function RecordEntriesDialog(props: Props) {
  const { apiURL, kind, onClose, run, stages } = props
  const [stage, setStage] = useState(props.defaultStage ?? stages[0]?.id ?? '')
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()])
  const [items, setItems] = useState<ItemOption[]>([])
  const [error, setError] = useState<null | string>(null)
  const [saving, setSaving] = useState(false)
  const [key] = useState(
    () => `admin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  )
  useEffect(() => {
    fetchJson<{ docs: ItemOption[] }>(
      `${apiURL}/items?depth=0&pagination=false&sort=sku&select[sku]=true&select[name]=true&select[unit]=true&select[scrapItem]=true`,
    ).then(
      ({ docs }) => setItems(docs),
      (reason: Error) => setError(reason.message),
    )
  }, [apiURL])

  const confirm = async () => {
    setSaving(true)
    setError(null)
    try {
      const result = await fetchJson<{ entries: unknown[] }>(
        `${apiURL}/manufacturing/${actions[kind]}`,
        {
          json: { key, lines: lines.map((line) => lineArgs(kind, line)), run, stage },
          method: 'POST',
        },
      )
      props.onRecorded(result.entries.length)
    } catch (reason) {
      setError((reason as Error).message)
      setSaving(false)
    }
  }

  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" disabled={saving} margin={false} onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={saving || !stage} id="confirm-entries" margin={false} onClick={confirm}>
            {saving ? 'Recording…' : titles[kind][1]}
          </Button>
        </>
      }
      id="record-entries-dialog"
      onClose={onClose}
      title={titles[kind][0]}
      width={880}
    >
      <label style={{ alignItems: 'center', display: 'flex', gap: 8, marginBottom: 8 }}>
        <span style={{ fontWeight: 600 }}>Stage</span>
        <select
          id="entry-stage"
          onChange={(e) => setStage(e.target.value)}
          style={inputStyle}
          value={stage}
        >
          {stages.map((s, index) => (
            <option key={s.id} value={s.id}>
              {index + 1}. {s.name}
            </option>
          ))}
        </select>
      </label>
      {lines.map((line, index) => (
        <EntryLine
          apiURL={apiURL}
          canCreateItems={props.canCreateItems}
          index={index}
          items={items}
          key={index}
          kind={kind}
          line={line}
          location={props.location}
          onChange={(next) => setLines(lines.map((l, i) => (i === index ? next : l)))}
          onRemove={
            lines.length > 1 ? () => setLines(lines.filter((_, i) => i !== index)) : undefined
          }
        />
      ))}
      <Button
        buttonStyle="secondary"
        id="add-entry-line"
        margin={false}
        onClick={() => setLines([...lines, emptyLine()])}
        size="small"
      >
        Add line
      </Button>
      <DialogError message={error} />
    </Dialog>
  )
}
