import type { PayloadRequest } from 'payload'

import type { PostingResult } from '../postingTypes'

import { reverse } from '../reverse'
import { invalid } from '../../platform/errors'
import { textProblem } from '../../platform/rules/inputValues'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { clientPostingKey } from '../clientPostingKey'
import { defineAction } from '../../platform/defineAction'

/**
 * The posting a `postingKey` names: the caller's own posting under that key (postStockMovements,
 * or an earlier reversal), else a system posting with exactly that key.
 */
async function resolvePostingKey(req: PayloadRequest, postingKey: string): Promise<string> {
  if (postingKey.length > 100) return postingKey
  for (const action of ['postStockMovements', 'reverseStockMovements']) {
    const own = clientPostingKey(req, action, postingKey)
    if (!own) break
    const [found] = await query(
      await transactionDb(req),
      sql`select 1 from stock_movements where posting_key = ${own} limit 1`,
    )
    if (found) return own
  }
  return postingKey
}

/** Undoes movements (or a whole posting) by posting their mirror, under the caller's own key. */
export const reverseStockMovements = defineAction<
  { key: string; movements?: unknown; postingKey?: string },
  PostingResult
>({
  args: { key: 'String!', movements: 'JSON', postingKey: 'String' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'reverse stock movements',
  name: 'reverseStockMovements',
  permission: 'inventory.adjust',
  perform: async (req, { key, movements, postingKey }) => {
    const scoped = clientPostingKey(req, 'reverseStockMovements', key)
    if (!scoped) throw invalid('key', 'must be a non-empty string of at most 100 characters')
    if (postingKey !== undefined && postingKey !== null && typeof postingKey !== 'string')
      throw invalid('postingKey', 'must be the key of a posting')
    const keyProblem = textProblem(postingKey, false)
    if (keyProblem) throw invalid('postingKey', keyProblem)
    if (movements !== undefined && movements !== null) {
      if (
        !Array.isArray(movements) ||
        !movements.every((id) => Number.isSafeInteger(id) && id > 0)
      ) {
        throw invalid('movements', 'must be a list of movement ids')
      }
    }
    return reverse(req, {
      key: scoped,
      movements: (movements as number[] | null | undefined) ?? undefined,
      postingKey: postingKey ? await resolvePostingKey(req, postingKey) : undefined,
    })
  },
})
