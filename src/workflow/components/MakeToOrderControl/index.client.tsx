'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { ProductionChoices } from '../productionChoices'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import {
  Field,
  FloorSelect,
  type Made,
  notifyCreated,
  today,
} from '../ProductionDialogFields/index.client'
import { useSubmit } from '../../../platform/components/useSubmit'

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

function SalesOrderDialog({
  action,
  buttonId,
  floors,
  label,
  onClose,
  order,
  startsDoneAs,
}: Props & { onClose: () => void; order: number }) {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const orders = action === 'createManufacturingOrdersFromSalesOrder'
  const needsProduced = !orders && startsDoneAs !== null
  const [rows, setRows] = useState<null | Row[]>(null)
  const [floor, setFloor] = useState(String(floors[0]?.id ?? ''))
  const [date, setDate] = useState(orders ? '' : today())
  const { busy, error, setError, submit } = useSubmit()

  useEffect(() => {
    fetchJson<{ deadline?: null | string; lines?: OrderLine[] }>(
      `${api}/sales-orders/${order}?depth=1`,
    )
      .then((doc) => {
        if (orders && doc.deadline) setDate(doc.deadline.slice(0, 10))
        setRows(
          (doc.lines ?? []).map((line) => ({
            id: line.id,
            include: true,
            name:
              typeof line.item === 'object'
                ? `${line.item.name ?? ''}${line.item.sku ? ` (${line.item.sku})` : ''}`
                : `Item ${line.item}`,
            produced: '',
            quantity: String(line.quantity),
          })),
        )
      })
      .catch((reason: Error) => setError(reason.message))
  }, [api, order, orders, setError])

  const change = (index: number, patch: Partial<Row>) =>
    setRows((all) => all!.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  const chosen = (rows ?? []).filter((row) => row.include)
  const create = () =>
    submit(async () => {
      const location = floor ? Number(floor) : undefined
      const lines = chosen.map((row) =>
        orders
          ? { line: row.id, location, quantity: row.quantity, ...(date ? { deadline: date } : {}) }
          : {
              line: row.id,
              ...(needsProduced ? { producedQuantity: row.produced } : {}),
              productionDate: date,
              productionFloor: location,
              quantity: row.quantity,
            },
      )
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
      onClose()
      router.refresh()
    })

  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={onClose}>
            Cancel
          </Button>
          <Button
            buttonStyle="primary"
            disabled={busy || chosen.length === 0}
            id={`${buttonId}-confirm`}
            margin={false}
            onClick={create}
          >
            {busy ? 'Creating…' : 'Create'}
          </Button>
        </>
      }
      id={`${buttonId}-dialog`}
      onClose={onClose}
      title={label}
    >
      <p style={{ marginTop: 0 }}>
        {orders ? 'An order' : 'An execution'} for each line checked whose item has an active BOM,
        carrying the customer and this order. A line that already has one keeps it.
        {needsProduced &&
          ` New executions are created ${startsDoneAs}: enter how much each produced.`}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 16 }}>
        <Field label="Production floor">
          <FloorSelect floors={floors} id={`${buttonId}-floor`} onChange={setFloor} value={floor} />
        </Field>
        <Field label={orders ? 'Deadline' : 'Production date'}>
          <input
            id={`${buttonId}-date`}
            onChange={(event) => setDate(event.target.value)}
            style={inputStyle}
            type="date"
            value={date}
          />
        </Field>
      </div>
      {rows === null ? (
        <p>Loading the order's lines…</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th />
              <th>Item</th>
              <th>Quantity</th>
              {needsProduced && <th>Produced</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr className={`${buttonId}-line`} key={row.id}>
                <td>
                  <input
                    aria-label={`Include ${row.name}`}
                    checked={row.include}
                    className={`${buttonId}-include`}
                    onChange={(event) => change(index, { include: event.target.checked })}
                    type="checkbox"
                  />
                </td>
                <td>{row.name}</td>
                <td>
                  <input
                    className={`${buttonId}-quantity`}
                    disabled={!row.include}
                    min={0}
                    onChange={(event) => change(index, { quantity: event.target.value })}
                    step="any"
                    style={{ ...inputStyle, width: 120 }}
                    type="number"
                    value={row.quantity}
                  />
                </td>
                {needsProduced && (
                  <td>
                    <input
                      className={`${buttonId}-produced`}
                      disabled={!row.include}
                      min={0}
                      onChange={(event) => change(index, { produced: event.target.value })}
                      step="any"
                      style={{ ...inputStyle, width: 120 }}
                      type="number"
                      value={row.produced}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogError message={error} />
    </Dialog>
  )
}
