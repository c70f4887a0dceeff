import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * Movements are history: deleting what they point at would rewrite it. Refuses deleting an item,
 * location or lot that any movement names in `fields`.
 */
export const refuseDeletingStockedRecord =
  (
    label: string,
    fields: readonly ('from' | 'item' | 'lot' | 'to')[],
  ): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { totalDocs } = await req.payload.count({
      collection: 'stock-movements',
      overrideAccess: true,
      req,
      where: { or: fields.map((field) => ({ [field]: { equals: id } })) },
    })
    if (totalDocs > 0) {
      throw new APIError(
        `This ${label} has ${totalDocs} stock movement${totalDocs === 1 ? '' : 's'} and cannot be deleted; its history must stay.`,
        409,
        null,
        true,
      )
    }
  }
