'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { ProductionChoices } from '../productionChoices'

import { LinesTable, QuantityInput } from '../../../platform/components/Dialog/fields'
import { useRows } from '../../../platform/components/Dialog/useRows'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { type Made, notifyCreated } from '../ProductionDialogFields/index.client'
import {
  type ProductionForm,
  ProductionDialog,
  targetArgs,
  useProductionForm,
} from '../ProductionDialogFields/ProductionDialog'

/** An execution (`execution`, `code`) or a manufacturing order (`id`, `orderNumber`). */
type Result = {
  created: { code?: string; execution?: number; id?: number; orderNumber?: string }[]
  existing: { code?: string; execution?: number; id?: number; orderNumber?: string }[]
  skipped: { reason: string }[]
}

const madeOf = (made: Result['created']): Made[] =>
  made.map((m) => ({ id: (m.execution ?? m.id)!, number: (m.code ?? m.orderNumber)! }))

type OrderLine = { id: string; item: { name?: string; sku?: string } | number; quantity: number }
type Row = { id: string; include: boolean; name: string; produced: string; quantity: string }

type Props = ProductionChoices & {
  /** `createExecutionsFromSalesOrder` or `createManufacturingOrdersFromSalesOrder`. */
  action: string
  buttonId: string
  label: string
}

/** Makes production for the chosen lines of this sales order, by `action`, after asking. */
export function MakeToOrderControl(props: Props) {
  return (
    <DialogButton
      dialog={(order, close) => <SalesOrderDialog {...props} onClose={close} order={order} />}
      id={props.buttonId}
      label={props.label}
    />
  )
}

type RowProps = {
  needsProduced: boolean
  onChange: (patch: Partial<Row>) => void
  prefix: string
  row: Row
}

/** One line of the order: made or not, how much, and how much was produced. */
function SalesOrderLine({ needsProduced, onChange, prefix, row }: RowProps) {
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
      <td>
        <QuantityInput
          className={`${prefix}-quantity`}
          disabled={!row.include}
          onChange={(quantity) => onChange({ quantity })}
          value={row.quantity}
          width={120}
        />
      </td>
      {needsProduced && (
        <td>
          <QuantityInput
            className={`${prefix}-produced`}
            disabled={!row.include}
            onChange={(produced) => onChange({ produced })}
            value={row.produced}
            width={120}
          />
        </td>
      )}
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
function useOrderRows(api: string, order: number, orders: boolean, form: ProductionForm) {
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

/** What the dialog makes of the order's lines. */
const Intro = ({ orders }: { orders: boolean }) => (
  <>
    {orders ? 'An order' : 'An execution'} for each line checked whose item has an active BOM,
    carrying the customer and this order. A line that already has one keeps it.
  </>
)

function SalesOrderDialog({
  action,
  buttonId,
  label,
  onClose,
  order,
  ...choices
}: Props & { onClose: () => void; order: number }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const orders = action === 'createManufacturingOrdersFromSalesOrder'
  const form = useProductionForm(choices, orders, onClose)
  const { needsProduced } = form
  const { change, rows } = useOrderRows(api, order, orders, form)

  const chosen = (rows ?? []).filter((row) => row.include)
  const create = () =>
    form.create(async () => {
      const lines = chosen.map((row) => ({
        line: row.id,
        ...targetArgs(form, orders, needsProduced ? row.produced : null),
        quantity: row.quantity,
      }))
      const result = await postAction<Result>(api, action, { lines, salesOrder: order })
      notifyCreated(
        config.routes.admin,
        orders ? 'manufacturing-orders' : 'executions',
        madeOf(result.created),
        madeOf(result.existing),
        result.skipped.length
          ? `${result.skipped.length} line(s) skipped: ${result.skipped[0]!.reason}.`
          : '',
      )
    })

  return (
    <ProductionDialog
      disabled={chosen.length === 0}
      form={form}
      intro={<Intro orders={orders} />}
      onCreate={create}
      prefix={buttonId}
      title={label}
    >
      {rows === null ? (
        <p>Loading the order's lines…</p>
      ) : (
        <LinesTable columns={['', 'Item', 'Quantity', ...(needsProduced ? ['Produced'] : [])]}>
          {rows.map((row, index) => (
            <SalesOrderLine
              key={row.id}
              needsProduced={needsProduced}
              onChange={(patch) => change(index, patch)}
              prefix={buttonId}
              row={row}
            />
          ))}
        </LinesTable>
      )}
    </ProductionDialog>
  )
}
