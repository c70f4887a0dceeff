import { type Decimal, minDecimal, sum } from '../../platform/rules/decimal'

export type LotStrategy = 'fifo' | 'lifo'

export type LotCandidate = {
  /** On hand minus reserved at the location the stock leaves. */
  available: Decimal
  disposition: 'available' | 'blocked'
  expiresAt: Date | null
  lot: number
  receivedAt: Date
}

export type Pick = { lot: number; quantity: Decimal }

export type PickResult =
  { ok: true; picks: Pick[] } | { available: Decimal; code: 'insufficient_stock'; ok: false }

/** A lot can be taken when it is not blocked, not expired at `now`, and has stock. */
export const isPickable = (candidate: LotCandidate, now: Date): boolean =>
  candidate.disposition === 'available' &&
  candidate.available.gt(0) &&
  (candidate.expiresAt === null || candidate.expiresAt.getTime() > now.getTime())

/**
 * FIFO takes the oldest receipts first, LIFO the newest; ties by lot id, so the choice never
 * depends on the order rows came back in.
 */
export function pickLots(
  candidates: readonly LotCandidate[],
  quantity: Decimal,
  strategy: LotStrategy,
  now: Date,
): PickResult {
  const pickable = candidates
    .filter((candidate) => isPickable(candidate, now))
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.lot - b.lot)
  if (strategy === 'lifo') pickable.reverse()
  const picks: Pick[] = []
  let remaining = quantity
  for (const candidate of pickable) {
    if (remaining.lte(0)) break
    const take = minDecimal(candidate.available, remaining)
    picks.push({ lot: candidate.lot, quantity: take })
    remaining = remaining.minus(take)
  }
  if (remaining.gt(0)) {
    return {
      available: sum(pickable.map((c) => c.available)),
      code: 'insufficient_stock',
      ok: false,
    }
  }
  return { ok: true, picks }
}
