type Sizing = { batches?: null | number; mode?: null | string; quantity?: null | number }

/**
 * What a save changes of an order's plan. A new product, or "refresh from recipe", takes a new
 * snapshot; the plan is scaled again on create, with a new snapshot, or when the quantity, the
 * batches or the mode change. A batch order changing only its number of batches may do so once
 * started (only pending batches change).
 */
export function planChange(args: {
  before: Sizing
  /** The fields the save sends. */
  change: Sizing
  operation: 'create' | 'update'
  /** The product before and after the save, when the save sends one. */
  product?: { after: number; before: number }
  refresh: boolean
}) {
  const { before, change, operation } = args
  const productChanged =
    operation === 'update' &&
    (args.refresh || (args.product !== undefined && args.product.after !== args.product.before))
  const planChanged =
    operation === 'create' ||
    productChanged ||
    (['quantity', 'batches', 'mode'] as const).some(
      (field) => field in change && change[field] !== before[field],
    )
  const mode = 'mode' in change ? change.mode : before.mode
  const onlyBatches =
    mode === 'batch' &&
    !productChanged &&
    (!('mode' in change) || change.mode === before.mode) &&
    (!('quantity' in change) || change.quantity === before.quantity)
  return { onlyBatches, planChanged, productChanged }
}
