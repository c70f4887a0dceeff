import { defineAction } from '../../platform/defineAction'
import { invalid, notFound } from '../../platform/errors'
import { documentId } from '../../platform/parseInput'

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
  perform: async (req, args) => {
    const id = documentId(args.id, 'id', 'a production status')
    const replacement = documentId(args.replacement, 'replacement', 'a production status')
    const confirm = args.confirmUnlock
    if (
      confirm !== undefined &&
      confirm !== null &&
      !(Number.isSafeInteger(confirm) && confirm >= 0)
    )
      throw invalid('confirmUnlock', 'must be the count of documents the change unlocks')
    const { totalDocs } = await req.payload.count({
      collection: 'production-statuses',
      overrideAccess: true,
      req,
      where: { id: { equals: id } },
    })
    if (totalDocs === 0) throw notFound('id', `no production status with id ${id}`)
    req.context.replacementStatus = replacement
    if (args.confirmUnlock !== undefined && args.confirmUnlock !== null)
      req.context.confirmUnlock = args.confirmUnlock
    await req.payload.delete({ collection: 'production-statuses', id, req })
    return { id, replacement }
  },
})
