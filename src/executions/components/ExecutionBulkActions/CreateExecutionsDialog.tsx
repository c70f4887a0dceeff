'use client'
import { Button, toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { ChoiceSelect, LinesTable, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { useRows } from '../../../platform/components/Dialog/useRows'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'

type Props = {
  apiURL: string
  onClose: () => void
  onDone: () => void
  /** The last status' name when new production is created in it (null otherwise). */
  startsDoneAs: null | string
}
type Row = {
  lotLabel: string
  plannedQuantity: string
  producedQuantity: string
  product: string
  productionDate: string
  productionFloor: string
}
type Option = { id: number; name: string; sku?: string }

const emptyRow = (): Row => ({
  lotLabel: '',
  plannedQuantity: '',
  producedQuantity: '',
  product: '',
  productionDate: new Date().toISOString().slice(0, 10),
  productionFloor: '',
})

/** The products (by SKU) and production floors (by name) the rows may name. */
function useChoices(apiURL: string, setError: (message: string) => void) {
  const [products, setProducts] = useState<Option[]>([])
  const [floors, setFloors] = useState<Option[]>([])
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
  return { floors, products }
}

type RowProps = {
  floors: Option[]
  index: number
  needsProduced: boolean
  onChange: (change: Partial<Row>) => void
  onRemove?: () => void
  row: Row
}

/** One execution to create: product, planned (and, created done, produced) quantity, and more. */
function ExecutionRow({ floors, index, needsProduced, onChange, onRemove, row }: RowProps) {
  const field = (name: keyof Row, label: string, extra = {}) => (
    <TextInput
      aria-label={`${label}, row ${index + 1}`}
      onChange={(value) => onChange({ [name]: value })}
      value={row[name]}
      width="100%"
      {...extra}
    />
  )
  return (
    <tr>
      <td>{field('product', 'Product', { list: 'bulk-create-products' })}</td>
      <td>{field('plannedQuantity', 'Planned quantity', { inputMode: 'decimal' })}</td>
      {needsProduced && (
        <td>
          {field('producedQuantity', 'Produced quantity', {
            inputMode: 'decimal',
            placeholder: 'As planned',
          })}
        </td>
      )}
      <td>{field('productionDate', 'Production date', { type: 'date' })}</td>
      <td>
        <ChoiceSelect
          aria-label={`Production floor, row ${index + 1}`}
          choices={floors.map((floor) => [floor.name, floor.name] as const)}
          onChange={(productionFloor) => onChange({ productionFloor })}
          style={{ width: '100%' }}
          value={row.productionFloor}
        >
          <option value="">Choose…</option>
        </ChoiceSelect>
      </td>
      <td>{field('lotLabel', 'Lot label')}</td>
      <td>
        <Button
          aria-label={`Remove row ${index + 1}`}
          buttonStyle="icon-label"
          disabled={!onRemove}
          icon="x"
          onClick={onRemove}
        />
      </td>
    </tr>
  )
}

/** Uploads a CSV of executions instead of the rows typed. */
function UploadCsv({ busy, onFile }: { busy: boolean; onFile: (file: File | undefined) => void }) {
  return (
    <label className="btn btn--style-secondary btn--size-medium" style={{ cursor: 'pointer' }}>
      Upload CSV…
      <input
        accept=".csv,text/csv"
        data-testid="executions-csv"
        disabled={busy}
        hidden
        onChange={(event) => onFile(event.target.files?.[0])}
        type="file"
      />
    </label>
  )
}

const columnsFor = (needsProduced: boolean) => [
  'Product (SKU)',
  'Planned quantity',
  ...(needsProduced ? ['Produced'] : []),
  'Production date',
  'Production floor',
  'Lot label',
  '',
]

/** The products the product cells suggest, by SKU with the name beside it. */
function ProductChoices({ products }: { products: Option[] }) {
  return (
    <datalist id="bulk-create-products">
      {products.map((p) => (
        <option key={p.id} value={p.sku}>
          {p.name}
        </option>
      ))}
    </datalist>
  )
}

/** What a CSV upload needs. */
function CsvColumns() {
  return (
    <p style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>
      A CSV needs the columns Product (SKU or name), Planned Quantity, Production Date (YYYY-MM-DD)
      and Production Floor; Lot Label, Product Description and Produced Quantity are optional. New
      production created in the last status has produced its planned quantity unless Produced
      Quantity says otherwise. The list's own export imports back.
    </p>
  )
}

/**
 * Creates several executions at once, typed into rows or uploaded as a CSV with the export's
 * columns. The API checks every row first: a failing row is named (row or CSV line, and the
 * field) and nothing is created until all are right.
 */
export function CreateExecutionsDialog({ apiURL, onClose, onDone, startsDoneAs }: Props) {
  const needsProduced = startsDoneAs !== null
  const { add, change, remove, rows } = useRows<Row>(() => [emptyRow()])
  const submission = useSubmit()
  const { busy, setError, submit } = submission
  const { floors, products } = useChoices(apiURL, setError)

  const create = (action: string, json: Record<string, unknown>) =>
    submit(async () => {
      const { created } = await postAction<{ created: { code: string }[] }>(apiURL, action, json)
      toast.success(`Created ${created.map((c) => c.code).join(', ')}`)
      onDone()
    })
  const upload = async (file: File | undefined) => {
    if (file) await create('importExecutionsCsv', { csv: await file.text() })
  }

  return (
    <FormDialog
      before={<UploadCsv busy={busy} onFile={(file) => void upload(file)} />}
      confirm={{
        label: `Create ${rows.length}`,
        onClick: () => create('createExecutions', { rows }),
      }}
      id="bulk-create"
      onClose={onClose}
      submission={submission}
      title="Create several executions"
      width={960}
    >
      <ProductChoices products={products} />
      {needsProduced && (
        <p style={{ marginTop: 0 }}>
          New executions are created {startsDoneAs}: each has produced its planned quantity unless
          you enter how much it produced.
        </p>
      )}
      <LinesTable columns={columnsFor(needsProduced)}>
        {rows.map((row, index) => (
          <ExecutionRow
            floors={floors}
            index={index}
            key={index}
            needsProduced={needsProduced}
            onChange={(patch) => change(index, patch)}
            onRemove={rows.length === 1 ? undefined : () => remove(index)}
            row={row}
          />
        ))}
      </LinesTable>
      <Button
        buttonStyle="secondary"
        icon="plus"
        onClick={() =>
          add((all) => ({ ...emptyRow(), ...all.at(-1), lotLabel: '', producedQuantity: '' }))
        }
        size="small"
      >
        Add row
      </Button>
      <CsvColumns />
    </FormDialog>
  )
}
