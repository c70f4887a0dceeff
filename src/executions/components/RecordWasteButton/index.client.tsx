'use client'
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React from 'react'

/**
 * Opens a new inventory adjustment of type waste for this execution, on its production floor
 * (see PrefillAdjustmentFromLink): waste is an adjustment, linked back to the production.
 */
export function RecordWasteLink() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const floor = useFormFields(([fields]) => fields.productionFloor?.value as number | undefined)
  if (!id) return null
  const query = new URLSearchParams({ execution: String(id), type: 'waste' })
  if (floor) query.set('location', String(floor))
  return (
    <Button
      buttonStyle="secondary"
      el="link"
      id="record-waste-link"
      margin={false}
      size="medium"
      url={`${config.routes.admin}/collections/inventory-adjustments/create?${query}`}
    >
      Record waste
    </Button>
  )
}
