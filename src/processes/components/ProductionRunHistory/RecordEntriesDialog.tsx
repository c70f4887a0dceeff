'use client'
import React, { useEffect, useState } from 'react'

import { ChoiceSelect } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { useRows } from '../../../platform/components/Dialog/useRows'
import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
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

/** The items a line may name, by SKU. */
function useItems(apiURL: string, setError: (message: string) => void) {
  const [items, setItems] = useState<ItemOption[]>([])
  useEffect(() => {
    fetchJson<{ docs: ItemOption[] }>(
      `${apiURL}/items?depth=0&pagination=false&sort=sku&select[sku]=true&select[name]=true&select[unit]=true&select[scrapItem]=true`,
    ).then(
      ({ docs }) => setItems(docs),
      (reason: Error) => setError(reason.message),
    )
  }, [apiURL, setError])
  return items
}

/** The stage the entries are recorded at, by its number and name. */
function StageSelect({
  onChange,
  stages,
  value,
}: {
  onChange: (stage: string) => void
  stages: Props['stages']
  value: string
}) {
  return (
    <label style={{ alignItems: 'center', display: 'flex', gap: 8, marginBottom: 8 }}>
      <span style={{ fontWeight: 600 }}>Stage</span>
      <ChoiceSelect
        choices={stages.map((s, index) => [s.id, `${index + 1}. ${s.name}`] as const)}
        id="entry-stage"
        onChange={onChange}
        value={value}
      />
    </label>
  )
}

/**
 * Records one stage's inputs, outputs or losses in one go. The request carries a key made when
 * the dialog opened, so a double click or a retry records once; a refusal (not enough stock, an
 * item without a scrap item…) is shown here and nothing is written.
 */
export function RecordEntriesDialog(props: Props) {
  const { apiURL, kind, onClose, run, stages } = props
  const [stage, setStage] = useState(props.defaultStage ?? stages[0]?.id ?? '')
  const { add, change, remove, rows: lines } = useRows<LineDraft>(() => [emptyLine()])
  const submission = useSubmit()
  const { setError, submit } = submission
  const items = useItems(apiURL, setError)
  const [key] = useState(
    () => `admin-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  )

  const confirm = () =>
    submit(async () => {
      const result = await postAction<{ entries: unknown[] }>(apiURL, actions[kind], {
        key,
        lines: lines.map((line) => lineArgs(kind, line)),
        run,
        stage,
      })
      props.onRecorded(result.entries.length)
    })

  return (
    <FormDialog
      confirm={{
        disabled: !stage,
        id: 'confirm-entries',
        busyLabel: 'Recording…',
        label: titles[kind][1],
        onClick: confirm,
      }}
      flush
      id="record-entries-dialog"
      onClose={onClose}
      submission={submission}
      title={titles[kind][0]}
      width={880}
    >
      <StageSelect onChange={setStage} stages={stages} value={stage} />
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
          onChange={(next) => change(index, next)}
          onRemove={lines.length > 1 ? () => remove(index) : undefined}
        />
      ))}
      <SecondaryButton id="add-entry-line" onClick={() => add(emptyLine)} size="small">
        Add line
      </SecondaryButton>
    </FormDialog>
  )
}
