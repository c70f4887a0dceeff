'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

type Props = {
  href: string
  id: string
  label: string
  size?: 'medium' | 'small'
  /** Payload's pill in a list's bars, its secondary button on a document. */
  buttonStyle?: 'pill' | 'secondary'
}

/** A file to download, drawn as one of Payload's buttons. */
export function DownloadButton({ buttonStyle = 'pill', href, id, label, size = 'small' }: Props) {
  return (
    <Button
      buttonStyle={buttonStyle}
      el="anchor"
      extraButtonProps={{ download: '', type: undefined }}
      id={id}
      margin={false}
      size={size}
      url={href}
    >
      {label}
    </Button>
  )
}
