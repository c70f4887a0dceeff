import { defineAction } from '../../platform/defineAction'
import { invalid } from '../../platform/errors'

type Args = { confirmUnlock?: number; id: number; replacement: number }

/**
 * Deletes a production status into a replacement: documents in it move there (with that
 * transition's postings) and rules that named it are re-pointed. REST can also say
 * `DELETE /api/production-statuses/<id>?replacement=<id>`. Deleting the final status into
 * another than the one before it unlocks what is done: `confirmUnlock` confirms how many.
 */
export const deleteProductionStatus = defineAction<Args, { id: number; replacement: number }>({
  args: { confirmUnlock: 'Int', id: 'Int!', replacement: 'Int!' },
  costs: {},
  description: 'manage statuses & rules',
  name: 'deleteProductionStatus',
  permission: 'statuses.manage',
  run: async (req, args) => {
    if (!Number.isSafeInteger(args.id) || args.id <= 0)
      throw invalid('id', 'must be the id of a production status')
    req.context.replacementStatus = args.replacement
    if (args.confirmUnlock !== undefined && args.confirmUnlock !== null)
      req.context.confirmUnlock = args.confirmUnlock
    await req.payload.delete({ collection: 'production-statuses', id: args.id, req })
    return { id: args.id, replacement: args.replacement }
  },
})
