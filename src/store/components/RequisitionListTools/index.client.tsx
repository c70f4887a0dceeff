'use client'
import { useSelection } from '@payloadcms/ui'
import React from 'react'

import { DownloadButton } from '../../../platform/components/SecondaryButtons/DownloadButton'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

/** While requisitions are selected: their pick list to print, or as CSV. */
export function RequisitionSelectionBar() {
  const { apiURL } = useManufacturingApi()
  const { count, selectedIDs } = useSelection()
  if (count === 0) return null
  const ids = selectedIDs.join(',')
  const link = (label: string, format: 'csv' | 'pdf') => (
    <DownloadButton
      href={`${apiURL}/material-requisitions/pick-list.${format}?ids=${ids}`}
      id={`requisitions-pick-list-${format}`}
      label={label}
    />
  )
  return (
    <div
      aria-label="Selected requisitions"
      data-testid="requisitions-bar"
      role="toolbar"
      style={{ alignItems: 'center', display: 'flex', gap: 8, margin: '0 0 var(--base, 20px)' }}
    >
      <strong>{count} selected</strong>
      {link('Pick list (PDF)', 'pdf')}
      {link('CSV', 'csv')}
    </div>
  )
}
