'use client'
import type { MaterialRequisition } from '../../../payload-types'

import { toast } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'

/** The requisition as stored, and `load` to read it again after a step. */
export function useStoredRequisition(apiURL: string, id: number | string | undefined) {
  const [requisition, setRequisition] = useState<MaterialRequisition | null>(null)
  const load = useCallback(async () => {
    if (!id) return
    try {
      setRequisition(
        await fetchJson<MaterialRequisition>(`${apiURL}/material-requisitions/${id}?depth=1`),
      )
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }, [apiURL, id])
  useEffect(() => {
    void load()
  }, [load])
  return { load, requisition }
}
