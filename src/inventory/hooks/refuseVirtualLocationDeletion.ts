import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** The ledger cannot lose the other side of its movements. */
export const refuseVirtualLocationDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const location = await req.payload.findByID({
    collection: 'locations',
    depth: 0,
    id,
    overrideAccess: true,
    req,
  })
  if (location.kind === 'virtual') {
    throw new APIError(
      `"${location.name}" is a virtual location kept by the plugin and cannot be deleted.`,
      400,
      null,
      true,
    )
  }
}
