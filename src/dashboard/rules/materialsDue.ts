/**
 * The statuses in which a document has not consumed its materials yet: those strictly before the
 * status at which the workflow deducts them. Documents there still need their materials.
 */
export function statusesBeforeConsumption(order: readonly number[], deductAt: number): number[] {
  const at = order.indexOf(deductAt)
  return at < 0 ? [] : order.slice(0, at)
}
