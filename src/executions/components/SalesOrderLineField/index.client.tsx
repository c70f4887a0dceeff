'use client'
import type { TextFieldClientComponent } from 'payload'

import { FieldDescription, FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoicePicker } from '../../../platform/components/ChoicePicker/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { refOf } from '../../../platform/idOf'

type OrderLine = {
  id: string
  item: { name?: string; sku?: string } | number
  quantity: number
}

const lineLabel = (line: OrderLine, index: number) => {
  const item =
    typeof line.item === 'object'
      ? `${line.item.name ?? ''}${line.item.sku ? ` (${line.item.sku})` : ''}`
      : `Item ${line.item}`
  return `${index + 1}. ${item} × ${line.quantity}`
}

/** The lines of the sales order chosen on the form (none while it has none). */
function useOrderLines(apiURL: string, salesOrder: null | number) {
  const [lines, setLines] = useState<OrderLine[]>([])
  useEffect(() => {
    setLines([])
    if (!salesOrder) return
    let current = true
    fetchJson<{ lines?: OrderLine[] }>(`${apiURL}/sales-orders/${salesOrder}?depth=1`)
      .then((order) => current && setLines(order.lines ?? []))
      .catch(() => current && setLines([]))
    return () => {
      current = false
    }
  }, [apiURL, salesOrder])
  return lines
}

/**
 * The sales order line an execution makes, chosen among the lines of the sales order chosen
 * above it (by item and quantity); the line's id is what is stored.
 */
export const SalesOrderLineField: TextFieldClientComponent = ({ field, path, readOnly }) => {
  const { apiURL } = useManufacturingApi()
  const { errorMessage, setValue, showError, value } = useField<null | string>({ path })
  const salesOrder = refOf(useFormFields(([fields]) => fields.salesOrder?.value))
  const lines = useOrderLines(apiURL, salesOrder)
  const known = lines.some((line) => line.id === value)
  return (
    <div className="field-type" style={{ marginBottom: 20, position: 'relative' }}>
      <FieldLabel label={field.label ?? 'Sales order line'} path={path} />
      <FieldError message={errorMessage} path={path} showError={showError} />
      <ChoicePicker
        aria-label="Sales order line"
        choices={[
          ...(salesOrder ? [['', 'Choose a line…'] as const] : []),
          ...lines.map((line, index) => [line.id, lineLabel(line, index)] as const),
          ...(value && !known ? [[value, value] as const] : []),
        ]}
        disabled={readOnly || !salesOrder}
        id={`field-${path}`}
        onChange={(chosen) => setValue(chosen || null)}
        placeholder={salesOrder ? 'Choose a line…' : 'Choose a sales order first'}
        value={value ?? ''}
        width="100%"
      />
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
