/**
 * Statuses are ordered by fractional-index keys (Payload's orderable `_order`); the last one is
 * final ("done"), and documents in it are locked. These say where statuses stand after a change.
 */
export type OrderedStatus = { id: number; key: string }

/** Keys compare by code unit, as Postgres compares them with collate "C". */
const byKey = (a: OrderedStatus, b: OrderedStatus) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/** Status ids in order once `moved` (an existing status or a new one) has key `moved.key`. */
export function orderWith(statuses: readonly OrderedStatus[], moved: OrderedStatus): number[] {
  return [...statuses.filter((s) => s.id !== moved.id), moved].sort(byKey).map((s) => s.id)
}

/** The final status of an order, or null when there is none. */
export const finalOf = (order: readonly number[]): null | number => order[order.length - 1] ?? null

/**
 * The keys a new status goes between when the admin does not place it: just before the final
 * status, so adding a status never changes which one is done. With no status yet, after nothing.
 */
export function keysAroundFinal(statuses: readonly OrderedStatus[]): {
  after: null | string
  before: null | string
} {
  const sorted = [...statuses].sort(byKey)
  const final = sorted[sorted.length - 1]
  if (!final) return { after: null, before: null }
  return { after: sorted[sorted.length - 2]?.key ?? null, before: final.key }
}
