'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import { Dialog, type DialogProps } from './index.client'

type Props = Omit<DialogProps, 'actions'> & {
  /** The Close button's id, where something looks for it. */
  closeId?: string
}

/** A dialog that tells what was done (or why not): its one button closes it. */
export function NoticeDialog({ closeId, ...dialog }: Props) {
  return (
    <Dialog
      {...dialog}
      actions={
        <Button buttonStyle="primary" id={closeId} margin={false} onClick={dialog.onClose}>
          Close
        </Button>
      }
    />
  )
}
