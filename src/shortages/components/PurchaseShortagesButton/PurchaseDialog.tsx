'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { useRows } from '../../../platform/components/Dialog/useRows'
import { postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { type Created, CreatedOrders } from './CreatedOrders'
import { numberStyle, ShortageLine } from './ShortageLine'
import { type Documents, type Named, type Row, shortageRows, supplierOptions } from './shortageRows'

type Props = { id: number; onClose: () => void; suppliers: Named[] }

const columns = [
  '',
  'Item',
  ...['Needed', 'On floor', 'Warehouses', 'Incoming', 'Short'].map((label) => ({
    label,
    style: numberStyle,
  })),
  'Supplier',
  'Quantity',
]

/** The page's document's shortages as rows (null while they are worked out). */
function useShortages(api: string, id: number, setError: (message: string) => void) {
  const { collectionSlug } = useDocumentInfo()
  const { change, rows, setRows } = useRows<Row>([])
  const [documents, setDocuments] = useState<Documents | null>(null)
  useEffect(() => {
    shortageRows(api, collectionSlug ?? '', id)
      .then((result) => {
        setDocuments(result.documents)
        setRows(result.rows)
      })
      .catch((reason: Error) => setError(reason.message))
  }, [api, collectionSlug, id, setError, setRows])
  return { change, documents, rows: documents ? rows : null }
}

/** The items checked but without a supplier, named under the table. */
function Unsupplied({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return null
  return (
    <p id="purchase-shortages-unsupplied">
      No primary supplier: choose one for {rows.map((row) => row.sku).join(', ')}, or uncheck{' '}
      {rows.length > 1 ? 'them' : 'it'}.
    </p>
  )
}

/**
 * What the page's document still needs and how that is covered; the user picks the items, each
 * one's supplier and quantity, and creates draft purchase orders, which it then links to.
 */
export function PurchaseDialog({ id, onClose, suppliers }: Props) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [created, setCreated] = useState<Created['created'] | null>(null)
  // One key per dialog: a second click or a retry of the same choice creates the orders once.
  const [key] = useState(() => crypto.randomUUID())
  const submission = useSubmit()
  const { error, setError, submit } = submission
  const { change, documents, rows } = useShortages(api, id, setError)
  const chosen = (rows ?? []).filter((row) => row.include)
  const unsupplied = chosen.filter((row) => !row.supplierId)
  // The primary suppliers are offered even when the user's list does not hold them.
  const options = supplierOptions(suppliers, rows ?? [])

  const create = () =>
    submit(async () => {
      const lines = chosen.map((row) => ({
        item: row.item,
        quantity: row.quantity,
        supplier: Number(row.supplierId),
      }))
      const result = await postAction<Created>(api, 'purchaseShortages', { documents, key, lines })
      setCreated(result.created)
    })

  if (created)
    return <CreatedOrders adminRoute={config.routes.admin} created={created} onClose={onClose} />
  return (
    <FormDialog
      confirm={{
        disabled: chosen.length === 0 || unsupplied.length > 0,
        id: 'purchase-shortages-confirm',
        busyLabel: 'Creating…',
        label: 'Create',
        onClick: create,
      }}
      flush
      id="purchase-shortages-dialog"
      onClose={onClose}
      submission={submission}
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
        <LinesTable columns={columns}>
          {rows.map((row, index) => (
            <ShortageLine
              key={row.item}
              onChange={(patch) => change(index, patch)}
              options={options}
              row={row}
            />
          ))}
        </LinesTable>
      )}
      <Unsupplied rows={unsupplied} />
    </FormDialog>
  )
}
