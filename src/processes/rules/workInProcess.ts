import type { Decimal } from '../../platform/rules/decimal'

import { zero } from '../../platform/rules/decimal'
import { type LotStrategy, type Pick, pickLots } from '../../ledger/rules/lotPicking'

export type LotQuantity = { lot: number; quantity: Decimal }

/**
 * What a stage still holds of one item, per lot: what it took in minus what it already lost.
 * (Outputs are other items in new lots, so they do not draw on it.)
 */
export function lotsInProcess(
  taken: readonly LotQuantity[],
  lost: readonly LotQuantity[],
): Map<number, Decimal> {
  const held = new Map<number, Decimal>()
  for (const { lot, quantity } of taken) held.set(lot, (held.get(lot) ?? zero).plus(quantity))
  for (const { lot, quantity } of lost) held.set(lot, (held.get(lot) ?? zero).minus(quantity))
  return held
}

export type LossPick = { ok: true; picks: Pick[] } | { available: Decimal; ok: false }

/**
 * The lots a loss takes from a stage's work in process: the lots the stage took in, oldest
 * receipt first (newest for LIFO items), never more than the stage still holds of each.
 */
export function pickLostLots(
  held: ReadonlyMap<number, Decimal>,
  receivedAt: ReadonlyMap<number, Date>,
  quantity: Decimal,
  strategy: LotStrategy,
): LossPick {
  const candidates = [...held].map(([lot, available]) => ({
    available,
    // Work in process is not blocked or expired: it is already being worked on.
    disposition: 'available' as const,
    expiresAt: null,
    lot,
    receivedAt: receivedAt.get(lot) ?? new Date(0),
  }))
  const picked = pickLots(candidates, quantity, strategy, new Date())
  return picked.ok ? { ok: true, picks: picked.picks } : { available: picked.available, ok: false }
}
