'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

/** On a lot's page: its label to print, the lot's code as a barcode to scan. */
export function LotLabelLink() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  if (!id) return null
  return (
    <a
      className="btn btn--style-secondary btn--size-medium"
      download
      href={`${config.serverURL}${config.routes.api}/lots/${id}/label.pdf`}
      id="lot-label-pdf"
    >
      Print label
    </a>
  )
}
