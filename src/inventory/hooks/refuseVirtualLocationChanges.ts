import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * Virtual locations are the ledger's other side (supplier, production, loss…): the plugin keeps
 * them, so nobody creates more or edits them through any API.
 */
export const refuseVirtualLocationChanges: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation === 'update' && originalDoc?.kind === 'virtual') {
    throw new APIError(
      `"${originalDoc.name}" is a virtual location kept by the plugin and cannot be edited.`,
      400,
      null,
      true,
    )
  }
  if (data.kind === 'virtual' || data.virtualRole) {
    throw new APIError(
      'kind: virtual locations are kept by the plugin; choose warehouse or production_floor.',
      400,
      null,
      true,
    )
  }
  return data
}
