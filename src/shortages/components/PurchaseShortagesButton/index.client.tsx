'use client'
import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import Link from 'next/link'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'

type Named = { id: number; name: string }
type Figures = {
  incoming: string
  issuable: string
  needed: string
  onFloor: string
  short: string
}
type PreviewItem = Figures & {
  item: number
  name: string
  quantity: string
  sku: string
  supplier: Named | null
  unit: string
}
type Preview = { items: PreviewItem[] }
type Created = {
  created: {
    id: number
    lines: { quantity: string; sku: string }[]
    number: string
    supplier: Named
  }[]
}
type Row = PreviewItem & { include: boolean; quantity: string; supplierId: string }

type Props = {
  /** Suppliers the user may choose from, by name. */
  suppliers: Named[]
}

/**
 * "Create purchase order" on an execution, a manufacturing order or a material requisition: a
 * dialog of what it still
 * needs and how that is covered, where the user picks the items, each one's supplier and
 * quantity, and then creates draft purchase orders, which it links to.
 */
export function PurchaseShortagesControl({ suppliers }: Props) {
  return (
    <DialogButton
      dialog={(id, close) => <PurchaseDialog id={id} onClose={close} suppliers={suppliers} />}
      id="purchase-shortages-button"
      label="Create purchase order"
    />
  )
}

/**
 * What is short for the page's document: an execution, a manufacturing order, or a material
 * requisition, whose shortages are those of the executions it serves.
 */
async function documentsOf(api: string, collection: string, id: number) {
  if (collection === 'manufacturing-orders') return { collection, ids: [id] }
  if (collection !== 'material-requisitions') return { collection: 'executions', ids: [id] }
  const requisition = await fetchJson<{ executions?: number[] }>(
    `${api}/material-requisitions/${id}?depth=0`,
  )
  return { collection: 'executions', ids: requisition.executions ?? [] }
}

const numberStyle: React.CSSProperties = {
  padding: '4px 8px',
  textAlign: 'right',
  whiteSpace: 'nowrap',
}

function PurchaseDialog({ id, onClose, suppliers }: Props & { id: number; onClose: () => void }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const { collectionSlug } = useDocumentInfo()
  const [rows, setRows] = useState<null | Row[]>(null)
  const [documents, setDocuments] = useState<Awaited<ReturnType<typeof documentsOf>> | null>(null)
  const [created, setCreated] = useState<Created['created'] | null>(null)
  // One key per dialog: a second click or a retry of the same choice creates the orders once.
  const [key] = useState(() => crypto.randomUUID())
  const { busy, error, setError, submit } = useSubmit()

  useEffect(() => {
    documentsOf(api, collectionSlug ?? '', id)
      .then((documents) => {
        setDocuments(documents)
        return postAction<Preview>(api, 'previewShortagePurchases', { documents })
      })
      .then((preview) =>
        setRows(
          preview.items.map((item) => ({
            ...item,
            include: Number(item.short) > 0,
            supplierId: item.supplier ? String(item.supplier.id) : '',
          })),
        ),
      )
      .catch((reason: Error) => setError(reason.message))
  }, [api, collectionSlug, id, setError])

  const change = (index: number, patch: Partial<Row>) =>
    setRows((all) => all!.map((row, i) => (i === index ? { ...row, ...patch } : row)))
  const chosen = (rows ?? []).filter((row) => row.include)
  const unsupplied = chosen.filter((row) => !row.supplierId)
  // The primary suppliers are offered even when the user's list does not hold them.
  const options = [
    ...suppliers,
    ...(rows ?? [])
      .flatMap((row) => (row.supplier ? [row.supplier] : []))
      .filter(
        (s, i, all) =>
          !suppliers.some((o) => o.id === s.id) && all.findIndex((o) => o.id === s.id) === i,
      ),
  ]

  const create = () =>
    submit(async () => {
      const result = await postAction<Created>(api, 'purchaseShortages', {
        documents,
        key,
        lines: chosen.map((row) => ({
          item: row.item,
          quantity: row.quantity,
          supplier: Number(row.supplierId),
        })),
      })
      setCreated(result.created)
    })

  if (created)
    return (
      <Dialog
        actions={
          <Button buttonStyle="primary" margin={false} onClick={onClose}>
            Close
          </Button>
        }
        id="purchase-shortages-dialog"
        onClose={onClose}
        title="Purchase orders created"
        width={640}
      >
        <p style={{ marginTop: 0 }}>Draft purchase orders to review and send:</p>
        <ul id="purchase-shortages-created">
          {created.map((order) => (
            <li key={order.id}>
              <Link
                className="purchase-order-link"
                href={`${config.routes.admin}/collections/purchase-orders/${order.id}`}
              >
                {order.number}
              </Link>{' '}
              from {order.supplier.name}:{' '}
              {order.lines.map((l) => `${l.quantity} ${l.sku}`).join(', ')}
            </li>
          ))}
        </ul>
      </Dialog>
    )

  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={onClose}>
            Cancel
          </Button>
          <Button
            buttonStyle="primary"
            disabled={busy || chosen.length === 0 || unsupplied.length > 0}
            id="purchase-shortages-confirm"
            margin={false}
            onClick={create}
          >
            {busy ? 'Creating…' : 'Create'}
          </Button>
        </>
      }
      id="purchase-shortages-dialog"
      onClose={onClose}
      title="Purchase the shortages"
      width={960}
    >
      <p style={{ marginTop: 0 }}>
        What is still needed at this production location, against what is there, what the warehouses
        can issue and what open purchase orders bring. One draft purchase order is created per
        supplier for the items checked.
      </p>
      {rows === null ? (
        !error && <p>Working out the shortages…</p>
      ) : rows.length === 0 ? (
        <p>Nothing left to consume: there is nothing to buy.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr style={{ textAlign: 'left' }}>
              <th />
              <th>Item</th>
              <th style={numberStyle}>Needed</th>
              <th style={numberStyle}>On floor</th>
              <th style={numberStyle}>Warehouses</th>
              <th style={numberStyle}>Incoming</th>
              <th style={numberStyle}>Short</th>
              <th>Supplier</th>
              <th>Quantity</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr className="purchase-shortages-line" data-sku={row.sku} key={row.item}>
                <td>
                  <input
                    aria-label={`Buy ${row.name}`}
                    checked={row.include}
                    className="purchase-shortages-include"
                    onChange={(event) => change(index, { include: event.target.checked })}
                    type="checkbox"
                  />
                </td>
                <td>
                  {row.name} ({row.sku})
                </td>
                <td style={numberStyle}>{row.needed}</td>
                <td style={numberStyle}>{row.onFloor}</td>
                <td style={numberStyle}>{row.issuable}</td>
                <td style={numberStyle}>{row.incoming}</td>
                <td className="purchase-shortages-short" style={numberStyle}>
                  {row.short} {row.unit}
                </td>
                <td>
                  <select
                    aria-label={`Supplier of ${row.name}`}
                    className="purchase-shortages-supplier"
                    disabled={!row.include}
                    onChange={(event) => change(index, { supplierId: event.target.value })}
                    style={{ ...inputStyle, width: 180 }}
                    value={row.supplierId}
                  >
                    <option value="">(choose)</option>
                    {options.map((supplier) => (
                      <option key={supplier.id} value={String(supplier.id)}>
                        {supplier.name}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    aria-label={`Quantity of ${row.name}`}
                    className="purchase-shortages-quantity"
                    disabled={!row.include}
                    min={0}
                    onChange={(event) => change(index, { quantity: event.target.value })}
                    step="any"
                    style={{ ...inputStyle, width: 110 }}
                    type="number"
                    value={row.quantity}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unsupplied.length > 0 && (
        <p id="purchase-shortages-unsupplied">
          No primary supplier: choose one for {unsupplied.map((row) => row.sku).join(', ')}, or
          uncheck {unsupplied.length > 1 ? 'them' : 'it'}.
        </p>
      )}
      <DialogError message={error} />
    </Dialog>
  )
}
