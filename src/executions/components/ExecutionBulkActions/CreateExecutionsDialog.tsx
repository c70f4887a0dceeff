'use client'
import { Button, toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'

type Props = { apiURL: string; onClose: () => void; onDone: () => void }
type Row = {
  lotLabel: string
  plannedQuantity: string
  product: string
  productionDate: string
  productionFloor: string
}
type Option = { id: number; name: string; sku?: string }

const emptyRow = (): Row => ({
  lotLabel: '',
  plannedQuantity: '',
  product: '',
  productionDate: new Date().toISOString().slice(0, 10),
  productionFloor: '',
})

/**
 * Creates several executions at once, typed into rows or uploaded as a CSV with the export's
 * columns. The API checks every row first: a failing row is named (row or CSV line, and the
 * field) and nothing is created until all are right.
 */
export function CreateExecutionsDialog({ apiURL, onClose, onDone }: Props) {
  const [rows, setRows] = useState<Row[]>([emptyRow()])
  const [products, setProducts] = useState<Option[]>([])
  const [floors, setFloors] = useState<Option[]>([])
  const { busy, error, setError, submit } = useSubmit()

  useEffect(() => {
    fetchJson<{ docs: Option[] }>(
      `${apiURL}/items?where[kind][equals]=product&limit=1000&depth=0&sort=sku&select[sku]=true&select[name]=true`,
    )
      .then(({ docs }) => setProducts(docs))
      .catch((reason: Error) => setError(reason.message))
    fetchJson<{ docs: Option[] }>(
      `${apiURL}/locations?where[kind][equals]=production_floor&limit=200&depth=0&sort=name`,
    )
      .then(({ docs }) => setFloors(docs))
      .catch((reason: Error) => setError(reason.message))
  }, [apiURL])

  const create = async (action: string, json: Record<string, unknown>) => {
    await submit(async () => {
      const { created } = await postAction<{ created: { code: string }[] }>(apiURL, action, json)
      toast.success(`Created ${created.map((c) => c.code).join(', ')}`)
      onDone()
    })
  }

  const upload = async (file: File | undefined) => {
    if (file) await create('importExecutionsCsv', { csv: await file.text() })
  }

  const edit = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)))

  const field = (index: number, name: keyof Row, label: string, extra = {}) => (
    <input
      aria-label={`${label}, row ${index + 1}`}
      onChange={(event) => edit(index, { [name]: event.target.value })}
      style={{ ...inputStyle, width: '100%' }}
      value={rows[index]![name]}
      {...extra}
    />
  )

  return (
    <Dialog
      actions={
        <>
          <label
            className="btn btn--style-secondary btn--size-medium"
            style={{ cursor: 'pointer' }}
          >
            Upload CSV…
            <input
              accept=".csv,text/csv"
              data-testid="executions-csv"
              disabled={busy}
              hidden
              onChange={(event) => void upload(event.target.files?.[0])}
              type="file"
            />
          </label>
          <Button buttonStyle="secondary" onClick={onClose} size="medium">
            Cancel
          </Button>
          <Button
            disabled={busy}
            id="bulk-create-confirm"
            onClick={() => create('createExecutions', { rows })}
            size="medium"
          >
            Create {rows.length}
          </Button>
        </>
      }
      id="bulk-create"
      onClose={onClose}
      title="Create several executions"
      width={960}
    >
      <datalist id="bulk-create-products">
        {products.map((p) => (
          <option key={p.id} value={p.sku}>
            {p.name}
          </option>
        ))}
      </datalist>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr style={{ textAlign: 'left' }}>
            <th>Product (SKU)</th>
            <th>Planned quantity</th>
            <th>Production date</th>
            <th>Production floor</th>
            <th>Lot label</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>{field(index, 'product', 'Product', { list: 'bulk-create-products' })}</td>
              <td>
                {field(index, 'plannedQuantity', 'Planned quantity', { inputMode: 'decimal' })}
              </td>
              <td>{field(index, 'productionDate', 'Production date', { type: 'date' })}</td>
              <td>
                <select
                  aria-label={`Production floor, row ${index + 1}`}
                  onChange={(event) => edit(index, { productionFloor: event.target.value })}
                  style={{ ...inputStyle, width: '100%' }}
                  value={row.productionFloor}
                >
                  <option value="">Choose…</option>
                  {floors.map((floor) => (
                    <option key={floor.id} value={floor.name}>
                      {floor.name}
                    </option>
                  ))}
                </select>
              </td>
              <td>{field(index, 'lotLabel', 'Lot label')}</td>
              <td>
                <Button
                  aria-label={`Remove row ${index + 1}`}
                  buttonStyle="icon-label"
                  disabled={rows.length === 1}
                  icon="x"
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        buttonStyle="secondary"
        icon="plus"
        onClick={() =>
          setRows((current) => [...current, { ...emptyRow(), ...current.at(-1), lotLabel: '' }])
        }
        size="small"
      >
        Add row
      </Button>
      <p style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>
        A CSV needs the columns Product (SKU or name), Planned Quantity, Production Date
        (YYYY-MM-DD) and Production Floor; Lot Label and Product Description are optional. The
        list's own export imports back.
      </p>
      <DialogError message={error} />
    </Dialog>
  )
}
