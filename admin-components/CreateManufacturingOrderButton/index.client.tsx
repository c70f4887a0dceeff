'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../Dialog/index.client'
import { DialogButton } from '../DialogButton/index.client'
import { postAction } from '../fetchJson'
import { useSubmit } from '../useSubmit'

type Created = { created: { id: number; orderNumber: string }[] }

const labelStyle: React.CSSProperties = { display: 'block', fontWeight: 600, marginBottom: 4 }

/** Asks how much (a quantity or batches) and by when, creates the order from this BOM, opens it. */
export function CreateManufacturingOrderControl() {
  return (
    <DialogButton
      dialog={(bom, close) => <CreateOrderDialog bom={bom} onClose={close} />}
      id="create-manufacturing-order-button"
      label="Create manufacturing order"
    />
  )
}

function CreateOrderDialog({ bom, onClose }: { bom: number; onClose: () => void }) {
  const { config } = useConfig()
  const router = useRouter()
  const [by, setBy] = useState<'batches' | 'quantity'>('quantity')
  const [amount, setAmount] = useState('1')
  const [deadline, setDeadline] = useState('')
  const { busy, error, submit } = useSubmit()

  const create = () =>
    submit(async () => {
      const line = {
        bom,
        ...(by === 'batches' ? { batches: Number(amount) } : { quantity: amount }),
        ...(deadline ? { deadline } : {}),
      }
      const { created } = await postAction<Created>(
        `${config.serverURL}${config.routes.api}`,
        'createManufacturingOrdersFromBoms',
        { lines: [line] },
      )
      toast.success(`Created ${created.map((c) => c.orderNumber).join(', ')}`)
      router.push(`${config.routes.admin}/collections/manufacturing-orders/${created[0]!.id}`)
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
            disabled={busy}
            id="create-manufacturing-order-confirm"
            margin={false}
            onClick={create}
          >
            {busy ? 'Creating…' : 'Create'}
          </Button>
        </>
      }
      id="create-manufacturing-order-dialog"
      onClose={onClose}
      title="Create manufacturing order"
      width={520}
    >
      <p style={{ marginTop: 0 }}>
        An order of this recipe's product on the first production floor. A quantity of a product
        made in batches becomes the whole batches that cover it.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <label>
          <span style={labelStyle}>Make</span>
          <select
            id="create-manufacturing-order-by"
            onChange={(event) => setBy(event.target.value as 'batches' | 'quantity')}
            style={inputStyle}
            value={by}
          >
            <option value="quantity">a quantity</option>
            <option value="batches">batches</option>
          </select>
        </label>
        <label>
          <span style={labelStyle}>{by === 'batches' ? 'Batches' : 'Quantity'}</span>
          <input
            id="create-manufacturing-order-amount"
            min={by === 'batches' ? 1 : 0}
            onChange={(event) => setAmount(event.target.value)}
            step={by === 'batches' ? 1 : 'any'}
            style={inputStyle}
            type="number"
            value={amount}
          />
        </label>
        <label>
          <span style={labelStyle}>Deadline</span>
          <input
            id="create-manufacturing-order-deadline"
            onChange={(event) => setDeadline(event.target.value)}
            style={inputStyle}
            type="date"
            value={deadline}
          />
        </label>
      </div>
      <DialogError message={error} />
    </Dialog>
  )
}
