import { createHash, randomUUID } from 'node:crypto'

import { clientPostingKey, type PostingResult } from '../../ledger'
import { defineAction } from '../../platform/defineAction'
import { errorOfLine } from '../../platform/errorOfLine'
import { invalid } from '../../platform/errors'
import { lineList } from '../../platform/parseInput'
import { addToInventory } from './addToInventory'

type Args = {
  /** An idempotency key for the request: a retry with the same key posts once. */
  key?: string
  /** Per BOM, the quantity: positive makes it, negative takes back what earlier additions made. */
  lines: unknown
  location: number
}

type Added = PostingResult & { bom: number; postingKey: string }

/**
 * "Add to inventory" for several BOMs at once (from the BOMs list): each line is what
 * addToInventory does for its BOM at `location`, and the lines post all together or, when one is
 * refused (named `lines[i].…`), none.
 */
export const addBomsToInventory = defineAction<Args, { key: string; results: Added[] }>({
  args: { key: 'String', lines: 'JSON!', location: 'Int!' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'adjust inventory',
  name: 'addBomsToInventory',
  permission: 'inventory.adjust',
  perform: async (req, args) => {
    const lines = lineList(args.lines)
    const own = clientPostingKey(req, 'addBomsToInventory', args.key)
    const request = own ? (args.key as string) : randomUUID()
    // Each line posts under a key of its own made from the request's (as long as any key allows).
    const lineKey = (index: number) =>
      `${createHash('sha256').update(request.trim()).digest('hex').slice(0, 40)}/${index}`
    const seen = new Set<unknown>()
    const results: Added[] = []
    for (const [index, line] of lines.entries()) {
      if (seen.has(line.bom)) throw invalid(`lines[${index}].bom`, 'is listed twice')
      seen.add(line.bom)
      try {
        const { key: _, ...result } = await addToInventory.perform(req, {
          bom: line.bom as number,
          key: lineKey(index),
          location: args.location,
          quantity: line.quantity as number | string,
        })
        results.push({ ...result, bom: line.bom as number })
      } catch (error) {
        throw errorOfLine(error, (field) =>
          field === 'location' ? 'location' : `lines[${index}]${field ? `.${field}` : ''}`,
        )
      }
    }
    return { key: request, results }
  },
})
