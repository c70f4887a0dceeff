'use client'
import React, { useEffect, useState } from 'react'

import { QuantityInput } from '../../../platform/components/Dialog/fields'
import { useRows } from '../../../platform/components/Dialog/useRows'
import { fetchJson } from '../../../platform/components/fetchJson'
import { type ProductionForm } from '../ProductionDialogFields/ProductionDialog'

type OrderLine = { id: string; item: { name?: string; sku?: string } | number; quantity: number }
type Row = { id: string; include: boolean; name: string; produced: string; quantity: string }

type RowProps = {
  needsProduced: boolean
  onChange: (patch: Partial<Row>) => void
  prefix: string
  row: Row
}

/** One line of the order: made or not, how much, and how much was produced. */
export function SalesOrderLine({ needsProduced, onChange, prefix, row }: RowProps) {
  const amount = (field: 'produced' | 'quantity') => (
    <td>
      <QuantityInput
        className={`${prefix}-${field}`}
        disabled={!row.include}
        onChange={(value) => onChange({ [field]: value })}
        value={row[field]}
        width={120}
      />
    </td>
  )
  return (
    <tr className={`${prefix}-line`}>
      <td>
        <input
          aria-label={`Include ${row.name}`}
          checked={row.include}
          className={`${prefix}-include`}
          onChange={(event) => onChange({ include: event.target.checked })}
          type="checkbox"
        />
      </td>
      <td>{row.name}</td>
      {amount('quantity')}
      {needsProduced && amount('produced')}
    </tr>
  )
}

const rowOf = (line: OrderLine): Row => ({
  id: line.id,
  include: true,
  name:
    typeof line.item === 'object'
      ? `${line.item.name ?? ''}${line.item.sku ? ` (${line.item.sku})` : ''}`
      : `Item ${line.item}`,
  produced: '',
  quantity: String(line.quantity),
})

/** The order's lines as rows, all included (null while loading); an order's deadline to start. */
export function useOrderRows(api: string, order: number, orders: boolean, form: ProductionForm) {
  const { change, rows, setRows } = useRows<Row>([])
  const [loaded, setLoaded] = useState(false)
  const { setDate, setError } = form
  useEffect(() => {
    fetchJson<{ deadline?: null | string; lines?: OrderLine[] }>(
      `${api}/sales-orders/${order}?depth=1`,
    )
      .then((doc) => {
        if (orders && doc.deadline) setDate(doc.deadline.slice(0, 10))
        setRows((doc.lines ?? []).map(rowOf))
        setLoaded(true)
      })
      .catch((reason: Error) => setError(reason.message))
  }, [api, order, orders, setDate, setError, setRows])
  return { change, rows: loaded ? rows : null }
}
