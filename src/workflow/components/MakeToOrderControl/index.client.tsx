'use client'
import { useConfig } from '@payloadcms/ui'
import React from 'react'

import type { ProductionChoices } from '../productionChoices'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { postAction } from '../../../platform/components/fetchJson'
import { type Made, notifyCreated } from '../ProductionDialogFields/index.client'
import { type BomLinesKind } from '../BomLinesDialog/index.client'
import {
  ProductionDialog,
  targetArgs,
  useProductionForm,
} from '../ProductionDialogFields/ProductionDialog'
import { SalesOrderLine, useOrderRows } from './SalesOrderLines'

/** An execution (`execution`, `code`) or a manufacturing order (`id`, `orderNumber`). */
type Result = {
  created: { code?: string; execution?: number; id?: number; orderNumber?: string }[]
  existing: { code?: string; execution?: number; id?: number; orderNumber?: string }[]
  skipped: { reason: string }[]
}

const madeOf = (made: Result['created']): Made[] =>
  made.map((m) => ({ id: (m.execution ?? m.id)!, number: (m.code ?? m.orderNumber)! }))

/** Each kind's action, and its button's id (its dialog's elements' prefix) and label. */
const makeToOrder = {
  executions: {
    action: 'createExecutionsFromSalesOrder',
    buttonId: 'create-executions-from-sales-order-button',
    label: 'Create executions',
  },
  'manufacturing-orders': {
    action: 'createManufacturingOrdersFromSalesOrder',
    buttonId: 'create-manufacturing-orders-button',
    label: 'Create manufacturing orders',
  },
} as const

type Props = ProductionChoices & { kind: BomLinesKind }

/** Makes executions or orders (`kind`) for the chosen lines of this sales order, after asking. */
export function MakeToOrderControl(props: Props) {
  const { buttonId, label } = makeToOrder[props.kind]
  return (
    <DialogButton
      dialog={(order, close) => <SalesOrderDialog {...props} onClose={close} order={order} />}
      id={buttonId}
      label={label}
    />
  )
}

/** What the dialog makes of the order's lines. */
const Intro = ({ orders }: { orders: boolean }) => (
  <>
    {orders ? 'An order' : 'An execution'} for each line checked whose item has an active BOM,
    carrying the customer and this order. A line that already has one keeps it.
  </>
)

function SalesOrderDialog({
  kind,
  onClose,
  order,
  ...choices
}: Props & { onClose: () => void; order: number }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const { action, buttonId, label } = makeToOrder[kind]
  const orders = kind === 'manufacturing-orders'
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
        kind,
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
