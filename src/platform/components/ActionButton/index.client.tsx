'use client'
import { Button, toast, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { useToastedWork } from '../useToastedWork'

type Props = {
  /** The action's name: POST /api/manufacturing/<action>. */
  action: string
  /** Extra arguments besides the document's id. */
  args?: Record<string, unknown>
  confirm?: string
  label: string
  /** Show only while the document's `status` is one of these. */
  statuses?: string[]
}

/** A button in the document's controls that runs one action on the document and reloads it. */
export function ActionButton({ action, args, confirm, label, statuses }: Props) {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const { config } = useConfig()
  const router = useRouter()
  const { attempt, busy } = useToastedWork()
  if (!id || (statuses && !statuses.includes(status ?? ''))) return null

  const perform = async () => {
    if (confirm && !window.confirm(confirm)) return
    await attempt(async () => {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/manufacturing/${action}`,
        {
          body: JSON.stringify({ id: Number(id), ...args }),
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          method: 'POST',
        },
      )
      const body = await response.json()
      if (!response.ok)
        throw new Error(
          body?.errors?.[0]?.data?.errors?.[0]?.message ??
            body?.errors?.[0]?.message ??
            response.statusText,
        )
      toast.success(`${label}: done`)
      router.refresh()
    })
  }

  return (
    <Button
      buttonStyle="secondary"
      disabled={busy}
      id={`action-${action}`}
      onClick={perform}
      size="medium"
    >
      {label}
    </Button>
  )
}
