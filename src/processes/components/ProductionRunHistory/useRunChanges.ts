'use client'
import type { ProductionRunEntry } from '../../../payload-types'

import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { announceRunChanged, useSyncRunProgress } from '../runProgress'

/**
 * What follows a change to the run: say so, tell the run's other fields, bring the progress up to
 * date; and the reversal of a wrong entry, once the user confirms it.
 */
export function useRunChanges() {
  const { action } = useManufacturingApi()
  const router = useRouter()
  const syncProgress = useSyncRunProgress()
  const changed = async (message: string) => {
    toast.success(message)
    announceRunChanged()
    await syncProgress().catch(() => router.refresh())
  }
  const reverse = async (entry: ProductionRunEntry) => {
    if (!window.confirm('Post the exact mirror of this entry? The entry stays in the history.'))
      return
    try {
      await action('reverseEntry', { entry: entry.id })
      await changed(`Entry ${entry.id} reversed`)
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }
  return { changed, reverse }
}
