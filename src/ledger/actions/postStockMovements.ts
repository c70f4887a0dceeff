import type { PostingLineInput, PostingResult } from '../postingTypes'

import { post } from '../post'
import { invalid } from '../../platform/errors'
import { clientPostingKey } from '../clientPostingKey'
import { defineAction } from '../../platform/defineAction'

/**
 * Moves stock directly: receipts, consumptions, transfers, losses, reservations. The client's
 * key is its own (scoped by user and action): a retry with it replays, and it can never be a
 * key the system posts under.
 */
export const postStockMovements = defineAction<
  { key: string; lines: PostingLineInput[] },
  PostingResult
>({
  args: { key: 'String!', lines: 'JSON!' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'post stock movements',
  name: 'postStockMovements',
  permission: 'inventory.adjust',
  perform: (req, { key, lines }) => {
    if (Array.isArray(lines)) {
      lines.forEach((line, index) => {
        // Undoing is its own action, which finds what to mirror; callers do not forge reversals.
        if (line?.reason === 'reverse' || line?.reverses !== undefined) {
          throw invalid(`lines[${index}].reason`, 'use reverseStockMovements to undo movements')
        }
      })
    }
    const scoped = clientPostingKey(req, 'postStockMovements', key)
    if (!scoped) throw invalid('key', 'must be a non-empty string of at most 100 characters')
    return post(req, { key: scoped, lines })
  },
})
