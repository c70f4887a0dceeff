import { reverse } from '../../ledger'
import { invalid, notFound } from '../../platform/errors'
import type { PostingResult } from '../../ledger'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { defineAction } from '../../platform/defineAction'
import { findAllByIds } from '../../platform/findAllByIds'

/** Posts the mirror of an adjustment and marks it reversed. */
export const reverseInventoryAdjustment = defineAction<
  { id: number },
  PostingResult & { status: 'reversed' }
>({
  args: { id: 'Int!' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'reverse inventory adjustments',
  name: 'reverseInventoryAdjustment',
  permission: 'inventory.adjust',
  perform: async (req, { id }) => {
    if (!Number.isSafeInteger(id) || id <= 0)
      throw invalid('id', 'must be the id of an inventory adjustment')
    const [adjustment] = await findAllByIds(req, 'inventory-adjustments', [id])
    if (!adjustment) throw notFound('id', `no inventory adjustment with id ${id}`)
    const result = await reverse(req, {
      key: postingKeyOf('inventory-adjustments', id, 'reverse'),
      postingKey: postingKeyOf('inventory-adjustments', id, 'post'),
      source: { collection: 'inventory-adjustments', id },
    })
    if (adjustment.status !== 'reversed') {
      await req.payload.update({
        collection: 'inventory-adjustments',
        data: { status: 'reversed' },
        id,
        req,
      })
    }
    return { ...result, status: 'reversed' }
  },
})
