'use client'
import { useEffect } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { onLotScanned } from '../../lotScanned'
import { lotPickFor } from '../../rules/stationChoices'
import { newStationKey, useKeptDraft } from '../stationParts/useKeptDraft'
import { useStationSubmit } from '../stationParts/useStationSubmit'
import type { OrderStationData } from './loadOrderStation'

export type PickDraft = { key?: string; line: string; lot: string; quantity: string }

type Picked = { picked: { ingredient: string; lots: { lot: number; quantity: string }[] }[] }

/**
 * The pick being made, kept on the device with its idempotency key (a retry picks once), and a
 * lot scanned on this screen: picked at once for the line of its item, or refused in words.
 */
export function usePicking(data: OrderStationData) {
  const { action } = useManufacturingApi()
  const kept = useKeptDraft<PickDraft>(`shop-floor-order-${data.order.id}-pick`, () => ({
    line: '',
    lot: '',
    quantity: '',
  }))
  const { change, clear, draft } = kept
  const submission = useStationSubmit()
  const codes = new Map(data.lots.map((lot) => [lot.id, lot.code]))
  const pick = (chosen: PickDraft) =>
    submission.run(async () => {
      const line = data.ingredients.find((l) => l.id === chosen.line)
      const request = chosen.lot
        ? {
            ingredient: chosen.line,
            lots: [{ lot: Number(chosen.lot), quantity: chosen.quantity }],
          }
        : { ingredient: chosen.line, quantity: chosen.quantity }
      const result = await action<Picked>('pickIngredients', {
        key: chosen.key ?? draft.key,
        lines: [request],
        order: data.order.id,
      })
      clear()
      const lots = result.picked.flatMap((p) => p.lots)
      return `Picked for ${line?.sku ?? 'the line'}: ${lots
        .map((l) => `${l.quantity} ${line?.unit ?? ''} of lot ${codes.get(l.lot) ?? l.lot}`)
        .join(', ')}.`
    })
  useEffect(
    () =>
      onLotScanned((scanned) => {
        const found = lotPickFor({
          current: draft.line,
          lines: data.ingredients,
          lots: data.lots,
          order: data.order.number,
          scanned,
        })
        if (!found.ok) return submission.setOutcome({ message: found.reason, state: 'refused' })
        // A scan is a pick of its own: a new key, whatever the screen held before.
        const chosen = {
          key: newStationKey(),
          line: found.ingredient.id,
          lot: String(found.lot),
          quantity: found.quantity,
        }
        change(chosen)
        void pick(chosen)
      }),
    // A scan picks with what is on screen now.
    [change, data, draft, pick, submission],
  )
  return { change, draft, pick, submission }
}
