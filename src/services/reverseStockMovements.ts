import type { PostingResult } from '../ledger'

import { reverse } from '../ledger'
import { invalid } from '../ledger/errors'
import { defineAction } from './defineAction'

/** Undoes movements (or a whole posting) by posting their mirror. */
export const reverseStockMovements = defineAction<
  { key: string; movements?: unknown; postingKey?: string },
  PostingResult
>({
  args: { key: 'String!', movements: 'JSON', postingKey: 'String' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'reverse stock movements',
  name: 'reverseStockMovements',
  permission: 'inventory.adjust',
  run: (req, { key, movements, postingKey }) => {
    if (typeof key !== 'string' || !key.trim()) throw invalid('key', 'must be a non-empty string')
    if (movements !== undefined && movements !== null) {
      if (
        !Array.isArray(movements) ||
        !movements.every((id) => Number.isSafeInteger(id) && id > 0)
      ) {
        throw invalid('movements', 'must be a list of movement ids')
      }
    }
    return reverse(req, {
      key: key.trim(),
      movements: (movements as number[] | null | undefined) ?? undefined,
      postingKey: postingKey ?? undefined,
    })
  },
})
