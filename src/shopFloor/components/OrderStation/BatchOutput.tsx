'use client'
import React from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { ChoiceButtons } from '../stationParts/ChoiceButtons'
import { StationNotice } from '../stationParts/StationNotice'
import { useKeptDraft } from '../stationParts/useKeptDraft'
import { useStationSubmit } from '../stationParts/useStationSubmit'
import { NumericKeypad } from '../touch/NumericKeypad'
import { TouchButton } from '../touch/TouchButton'
import type { OrderStationData } from './loadOrderStation'

type Recorded = { batchNumber: null | number; lot: { code: string }; quantity: string }

/**
 * Records the output of a batch (batch mode: tap the batch; an empty quantity is as planned) or
 * of a quantity (discrete mode), into a new lot. A retry that finds its batch already recorded
 * says so: the first attempt got through, and nothing is recorded twice.
 */
export function BatchOutput({ data }: { data: OrderStationData }) {
  const { order } = data
  const { action } = useManufacturingApi()
  const { change, clear, draft } = useKeptDraft(`shop-floor-order-${order.id}-output`, () => ({
    quantity: '',
    row: '',
  }))
  const { busy, outcome, run } = useStationSubmit()
  const pending = data.batches.filter((row) => row.status !== 'completed')
  const batch = order.mode === 'batch'
  const row = pending.find((r) => r.id === draft.row) ?? (batch ? pending[0] : undefined)
  const record = () =>
    run(
      async () => {
        const result = await action<Recorded>('recordOrderOutput', {
          key: draft.key,
          order: order.id,
          ...(batch && row ? { row: row.id } : {}),
          ...(draft.quantity ? { quantity: draft.quantity } : {}),
        })
        clear()
        const what = result.batchNumber ? `Batch ${result.batchNumber}: ` : ''
        return `${what}${result.quantity} ${order.unit} recorded into lot ${result.lot.code}.`
      },
      (refusal, retry) =>
        retry && refusal.status === 409
          ? 'This output was recorded before the network dropped; nothing was recorded twice.'
          : null,
    )
  const ready = (batch ? Boolean(row) : Number(draft.quantity) > 0) && !busy
  return (
    <section aria-label="Record output" id="record-output" style={{ margin: '24px 0 16px' }}>
      <h2 style={{ fontSize: 22, margin: '0 0 8px' }}>Record output</h2>
      {batch && pending.length === 0 && <p role="status">Every batch is recorded.</p>}
      {batch && pending.length > 0 && (
        <ChoiceButtons
          choices={pending.map((r) => ({
            detail: `${r.plannedQuantity ?? ''} ${order.unit} planned`,
            label: `Batch ${r.batchNumber}`,
            value: r.id,
          }))}
          id="output-batch"
          label="Batch"
          onChange={(id) => change({ row: id })}
          value={row?.id ?? ''}
        />
      )}
      {(!batch || pending.length > 0) && (
        <NumericKeypad
          id="output-quantity"
          label={batch ? 'Quantity made (0: as planned)' : 'Quantity made'}
          onChange={(quantity) => change({ quantity })}
          unit={order.unit}
          value={draft.quantity}
        />
      )}
      <StationNotice id="output-outcome" outcome={outcome} />
      {(!batch || pending.length > 0) && (
        <div style={{ marginTop: 12 }}>
          <TouchButton disabled={!ready} id="output-confirm" large onClick={record} tone="primary">
            {busy ? 'Recording…' : outcome.state === 'dropped' ? 'Retry' : 'Record output'}
          </TouchButton>
        </div>
      )}
    </section>
  )
}
