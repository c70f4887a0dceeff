'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../Dialog/index.client'
import { DialogButton } from '../DialogButton/index.client'
import { postAction } from '../fetchJson'
import { useSubmit } from '../useSubmit'

type Created = { created: { code: string; id: number }[] }

const today = () => new Date().toISOString().slice(0, 10)

/** Asks how much and on which day, creates the execution from this BOM and opens it. */
export function CreateProductionControl() {
  return (
    <DialogButton
      dialog={(bom, close) => <CreateProductionDialog bom={bom} onClose={close} />}
      id="create-production-button"
      label="Create production"
    />
  )
}

function CreateProductionDialog({ bom, onClose }: { bom: number; onClose: () => void }) {
  const { config } = useConfig()
  const router = useRouter()
  const [quantity, setQuantity] = useState('1')
  const [date, setDate] = useState(today)
  const { busy, error, submit } = useSubmit()

  const create = () =>
    submit(async () => {
      const { created } = await postAction<Created>(
        `${config.serverURL}${config.routes.api}`,
        'createProductionFromBoms',
        { lines: [{ bom, productionDate: date, quantity }] },
      )
      toast.success(`Created ${created.map((c) => c.code).join(', ')}`)
      router.push(`${config.routes.admin}/collections/executions/${created[0]!.id}`)
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
            id="create-production-confirm"
            margin={false}
            onClick={create}
          >
            {busy ? 'Creating…' : 'Create'}
          </Button>
        </>
      }
      id="create-production-dialog"
      onClose={onClose}
      title="Create production"
      width={480}
    >
      <p style={{ marginTop: 0 }}>
        An execution of this recipe, its components scaled to the quantity.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <label>
          <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>Quantity</span>
          <input
            id="create-production-quantity"
            min={0}
            onChange={(event) => setQuantity(event.target.value)}
            step="any"
            style={inputStyle}
            type="number"
            value={quantity}
          />
        </label>
        <label>
          <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            Production date
          </span>
          <input
            id="create-production-date"
            onChange={(event) => setDate(event.target.value)}
            style={inputStyle}
            type="date"
            value={date}
          />
        </label>
      </div>
      <DialogError message={error} />
    </Dialog>
  )
}
