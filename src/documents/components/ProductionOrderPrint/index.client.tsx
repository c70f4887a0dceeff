'use client'
import { useConfig, useDocumentInfo, useSelection } from '@payloadcms/ui'
import React from 'react'

import { toolbarStyle } from '../../../executions/components/ExecutionBulkActions/toolbarStyle'
import { PrintLink } from './PrintLink'

const useApiURL = () => {
  const { config } = useConfig()
  return `${config.serverURL}${config.routes.api}`
}

/** On an order's page: print it as PDF. */
export function ProductionOrderPdfLink() {
  const { id } = useDocumentInfo()
  const apiURL = useApiURL()
  if (!id) return null
  return <PrintLink apiURL={apiURL} ids={String(id)} label="Print PDF" size="medium" />
}

/** Above the orders list, while orders are selected: print them together as one PDF. */
export function ProductionOrdersPrintBar() {
  const { count, selectedIDs } = useSelection()
  const apiURL = useApiURL()
  if (count === 0) return null
  return (
    <div aria-label="Selected orders" role="toolbar" style={toolbarStyle}>
      <strong>{count} selected</strong>
      <PrintLink apiURL={apiURL} ids={selectedIDs.join(',')} label="Print PDF" size="small" />
    </div>
  )
}
