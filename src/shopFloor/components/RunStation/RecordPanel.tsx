'use client'
import React from 'react'

import { offeredItems, type RecordKind } from '../../rules/stationChoices'
import { ChoiceButtons } from '../stationParts/ChoiceButtons'
import { StationNotice } from '../stationParts/StationNotice'
import { NumericKeypad } from '../touch/NumericKeypad'
import { TouchButton } from '../touch/TouchButton'
import { ItemPicker } from './ItemPicker'
import type { RunStationData } from './loadRunStation'
import { type LossType, useRunRecording } from './useRunRecording'

const kinds = [
  { label: 'Input', value: 'inputs' },
  { label: 'Output', value: 'outputs' },
  { label: 'Loss', value: 'losses' },
]
const lossTypes = [
  { detail: 'gone', label: 'Waste', value: 'waste' },
  { detail: 'failed a check', label: 'Rejection', value: 'rejection' },
  { detail: 'back as scrap item', label: 'Scrap', value: 'scrap' },
]
const verbs: Record<RecordKind, string> = {
  inputs: 'Record input',
  losses: 'Record loss',
  outputs: 'Record output',
}

/** Records one entry at the stage: what kind, which item (and lot), how much, then one tap. */
export function RecordPanel({ data, stage }: { data: RunStationData; stage: string }) {
  const { change, draft, record, submission } = useRunRecording(data, stage)
  const item = data.items.find((i) => String(i.id) === draft.item)
  const stocked = [...new Set(data.lots.map((lot) => lot.item))]
  const offered = offeredItems({
    ...data,
    kind: draft.kind,
    product: data.run.product,
    stage,
    stocked,
  })
  const lots = data.lots.filter((lot) => String(lot.item) === draft.item)
  return (
    <section aria-label="Record at this stage" id="record-panel" style={{ margin: '16px 0' }}>
      <h2 style={{ fontSize: 22, margin: '0 0 8px' }}>Record at this stage</h2>
      <ChoiceButtons
        choices={kinds}
        id="entry-kind"
        label="What"
        onChange={(kind) => change({ item: '', kind: kind as RecordKind, lot: '' })}
        value={draft.kind}
      />
      {draft.kind === 'losses' && (
        <ChoiceButtons
          choices={lossTypes}
          id="loss-type"
          label="Kind of loss"
          onChange={(type) => change({ type: type as LossType })}
          value={draft.type}
        />
      )}
      <ItemPicker
        empty={
          draft.kind === 'losses'
            ? 'This stage took nothing in yet: a loss is part of what it took in.'
            : 'No item to offer here: find it below.'
        }
        items={data.items}
        offered={offered}
        onChange={(id) => change({ item: id, lot: '' })}
        value={draft.item}
      />
      {draft.kind === 'inputs' && item && (
        <LotChoice item={item} lots={lots} onChange={(lot) => change({ lot })} value={draft.lot} />
      )}
      <div style={{ marginTop: 12 }}>
        <NumericKeypad
          id="entry-quantity"
          label="Quantity"
          onChange={(quantity) => change({ quantity })}
          unit={item?.unit}
          value={draft.quantity}
        />
      </div>
      <RecordButton
        label={`${verbs[draft.kind]}${item && draft.quantity ? `: ${draft.quantity} ${item.unit} ${item.sku}` : ''}`}
        onRecord={record}
        ready={Boolean(item) && Number(draft.quantity) > 0}
        submission={submission}
      />
    </section>
  )
}

/** How the last recording went, and the one large button that records (or retries). */
function RecordButton(props: {
  label: string
  onRecord: () => void
  ready: boolean
  submission: ReturnType<typeof useRunRecording>['submission']
}) {
  const { busy, outcome } = props.submission
  return (
    <>
      <StationNotice id="record-outcome" outcome={outcome} />
      <div style={{ marginTop: 12 }}>
        <TouchButton
          disabled={!props.ready || busy}
          id="record-entry"
          large
          onClick={props.onRecord}
          tone="primary"
        >
          {busy ? 'Recording…' : outcome.state === 'dropped' ? 'Retry' : props.label}
        </TouchButton>
      </div>
    </>
  )
}

/** An input's lot: any (the item's strategy chooses) or one of those free at the floor. */
function LotChoice(props: {
  item: { unit: string }
  lots: RunStationData['lots']
  onChange: (lot: string) => void
  value: string
}) {
  return (
    <ChoiceButtons
      choices={[
        { detail: 'first in, first out', label: 'Any lot', value: '' },
        ...props.lots.map((lot) => ({
          detail: `${lot.available} ${props.item.unit} free`,
          label: lot.code,
          value: String(lot.id),
        })),
      ]}
      id="entry-lot"
      label="Lot"
      onChange={props.onChange}
      value={props.value}
    />
  )
}
