'use client'
import { toast, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { useToastedWork } from '../../../platform/components/useToastedWork'
import { announceRunChanged, useSyncRunProgress } from '../runProgress'

/** Completes an in-progress run; a completed run is locked from then on. */
export function CompleteRunControl() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const { action } = useManufacturingApi()
  const router = useRouter()
  const syncProgress = useSyncRunProgress()
  const { attempt, busy } = useToastedWork()
  const [done, setDone] = useState(false)
  if (!id || status !== 'in_progress' || done) return null
  const complete = async () => {
    if (
      !window.confirm('Complete this run? It is locked afterwards: nothing more can be recorded.')
    )
      return
    await attempt(async () => {
      await action('completeRun', { run: Number(id) })
      setDone(true)
      toast.success('Run completed')
      announceRunChanged()
      await syncProgress().catch(() => router.refresh())
    })
  }
  return (
    <SecondaryButton disabled={busy} id="action-completeRun" onClick={complete}>
      Complete run
    </SecondaryButton>
  )
}
