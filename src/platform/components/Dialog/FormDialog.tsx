'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import { Dialog, DialogError } from './index.client'

/** The button that does what the dialog is for. */
export type Confirm = {
  disabled?: boolean
  id: string
  label: React.ReactNode
  onClick: () => unknown
}

type Props = {
  /** Shown before Cancel, such as an upload button. */
  before?: React.ReactNode
  /** Cancel is disabled too (while a request runs). */
  busy?: boolean
  children: React.ReactNode
  confirm: Confirm
  /** What the API refused, under the content. */
  error: null | string
  /** Buttons without the admin's outer margin, the confirm one primary. */
  flush?: boolean
  id: string
  onClose: () => void
  title: React.ReactNode
  width?: number
}

/** A dialog that asks, then does one thing: Cancel and its confirm button, and any refusal. */
export function FormDialog({ before, busy, children, confirm, error, flush, ...dialog }: Props) {
  const margin = flush ? { margin: false } : { size: 'medium' as const }
  return (
    <Dialog
      {...dialog}
      actions={
        <>
          {before}
          <Button
            buttonStyle="secondary"
            disabled={flush ? busy : undefined}
            onClick={dialog.onClose}
            {...margin}
          >
            Cancel
          </Button>
          <Button
            buttonStyle="primary"
            disabled={confirm.disabled}
            id={confirm.id}
            onClick={() => void confirm.onClick()}
            {...margin}
          >
            {confirm.label}
          </Button>
        </>
      }
    >
      {children}
      <DialogError message={error} />
    </Dialog>
  )
}
