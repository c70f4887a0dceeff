/** The status after `current` in the workflow's order; null at the last, or for an unknown one. */
export function nextStatus(order: readonly number[], current: number): null | number {
  const at = order.indexOf(current)
  return at === -1 ? null : (order[at + 1] ?? null)
}
