'use client'
import { useEffect } from 'react'

import type { ProductionRunEntry } from '../../../payload-types'
import type { ApiRefusal } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { onLotScanned } from '../../lotScanned'
import type { RecordKind } from '../../rules/stationChoices'
import { useKeptDraft } from '../stationParts/useKeptDraft'
import { useStationSubmit } from '../stationParts/useStationSubmit'
import type { RunStationData } from './loadRunStation'

export type LossType = 'rejection' | 'scrap' | 'waste'
export type RunDraft = {
  item: string
  kind: RecordKind
  lot: string
  quantity: string
  type: LossType
}

const actions: Record<RecordKind, string> = {
  inputs: 'recordInputs',
  losses: 'recordLosses',
  outputs: 'recordOutputs',
}
const emptyDraft = (): RunDraft => ({
  item: '',
  kind: 'inputs',
  lot: '',
  quantity: '',
  type: 'waste',
})

/** The line the record action takes for the draft. */
const lineOf = (draft: RunDraft) => ({
  item: Number(draft.item),
  quantity: draft.quantity,
  ...(draft.kind === 'inputs' && draft.lot ? { lot: Number(draft.lot) } : {}),
  ...(draft.kind === 'losses' ? { type: draft.type } : {}),
})

/**
 * The entry being recorded at a stage, kept on the device with its idempotency key, and its
 * recording: what the server recorded (a retry answers the first recording), or why not. A lot
 * scanned while recording picks it, and its item, as the input.
 */
export function useRunRecording(data: RunStationData, stage: string) {
  const { action } = useManufacturingApi()
  const kept = useKeptDraft<RunDraft>(`shop-floor-run-${data.run.id}-entry`, emptyDraft)
  const { change, clear, draft } = kept
  const submission = useStationSubmit()
  useEffect(
    () =>
      onLotScanned((lot) =>
        change({ item: String(lot.itemId), kind: 'inputs', lot: String(lot.lotId) }),
      ),
    [change],
  )
  const record = () =>
    submission.run(async () => {
      const result = await action<{ entries: ProductionRunEntry[]; replayed: boolean }>(
        actions[draft.kind],
        { key: draft.key, lines: [lineOf(draft)], run: data.run.id, stage },
      )
      clear({ kind: draft.kind, type: draft.type })
      const what = result.entries
        .map((entry) => `${entry.kind} ${entry.quantity} ${entry.unit}`)
        .join(', ')
      return result.replayed
        ? `Recorded before the network dropped, once: ${what}.`
        : `Recorded ${what}.`
    }, refusedTwice)
  return { change, draft, record, submission }
}

/** Nothing settles a refused recording: the server's words stand. */
const refusedTwice = (_refusal: ApiRefusal) => null
