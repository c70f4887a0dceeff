'use client'
import { toast } from '@payloadcms/ui'

import { postAction } from '../../../platform/components/fetchJson'
import { type BulkOutcome, reportOutcome } from './outcome'

/** Deleting the selected executions once the user confirms; only those in the first status go. */
export function deleteSelected(apiURL: string, ids: number[], onDone: () => void) {
  return async () => {
    if (
      !window.confirm(
        `Delete ${ids.length} execution(s)? Only those in the first status are deleted.`,
      )
    )
      return
    try {
      const result = await postAction<BulkOutcome & { deleted: string[] }>(
        apiURL,
        'deleteExecutions',
        { ids },
      )
      reportOutcome(`Deleted ${result.deleted.length}`, result)
      onDone()
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }
}
