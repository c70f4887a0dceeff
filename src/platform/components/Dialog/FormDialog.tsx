'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import { Dialog, DialogError } from './index.client'

/** The button that does what the dialog is for. */
export type Confirm = {
  /** The label while the request runs, where it says so ("Posting…"). */
  busyLabel?: string
  /** Disabled besides while the request runs. */
  disabled?: boolean
  /** The dialog's id followed by `-confirm` unless given. */
  id?: string
  label: React.ReactNode
  onClick: () => unknown
}

/** The confirm request's state, as useSubmit keeps it: running, and what the API refused. */
export type Submission = { busy: boolean; error: null | string }

type Props = {
  /** Shown before Cancel, such as an upload button. */
  before?: React.ReactNode
  children: React.ReactNode
  confirm: Confirm
  /** A refusal from elsewhere (loading, a preview), shown when the request has none. */
  error?: null | string
  /** Buttons without the admin's outer margin, the confirm one primary; Cancel waits too. */
  flush?: boolean
  id: string
  onClose: () => void
  submission: Submission
  title: React.ReactNode
  width?: number
}

/**
 * A dialog that asks, then does one thing: Cancel and its confirm button, disabled while the
 * request runs, and any refusal under the content.
 */
export function FormDialog({
  before,
  children,
  confirm,
  error,
  flush,
  submission: { busy, error: refused },
  ...dialog
}: Props) {
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
            disabled={busy || confirm.disabled}
            id={confirm.id ?? `${dialog.id}-confirm`}
            onClick={() => void confirm.onClick()}
            {...margin}
          >
            {busy && confirm.busyLabel ? confirm.busyLabel : confirm.label}
          </Button>
        </>
      }
    >
      {children}
      <DialogError message={refused ?? error ?? null} />
    </Dialog>
  )
}
