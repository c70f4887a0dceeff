import { APIError } from 'payload'

import { refuseDeletion } from '../../platform/hooks/refuseDeletion'

/** The ledger cannot lose the other side of its movements. */
export const refuseVirtualLocationDeletion = refuseDeletion('locations', (location) =>
  location.kind === 'virtual'
    ? new APIError(
        `"${location.name}" is a virtual location kept by the plugin and cannot be deleted.`,
        400,
        null,
        true,
      )
    : undefined,
)
