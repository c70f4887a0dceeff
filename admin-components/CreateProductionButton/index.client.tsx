'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../Dialog/index.client'
import { postAction } from '../fetchJson'

type Created = { created: { code: string; id: number }[] }

const today = () => new Date().toISOString().slice(0, 10)

/** Asks how much and on which day, creates the execution from this BOM and opens it. */
export function CreateProductionControl() {
  const { id } = useDocumentInfo()
  const [open, setOpen] = useState(false)
  if (!id) return null
  return (
    <>
      <Button
        buttonStyle="secondary"
        id="create-production-button"
        margin={false}
        onClick={() => setOpen(true)}
        size="medium"
      >
        Create production
      </Button>
      {open && <CreateProductionDialog bom={Number(id)} onClose={() => setOpen(false)} />}
    </>
  )
}

function CreateProductionDialog({ bom, onClose }: { bom: number; onClose: () => void }) {
  const { config } = useConfig()
  const router = useRouter()
  const [quantity, setQuantity] = useState('1')
  const [date, setDate] = useState(today)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)

  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      const { created } = await postAction<Created>(
        `${config.serverURL}${config.routes.api}`,
        'createProductionFromBoms',
        { lines: [{ bom, productionDate: date, quantity }] },
      )
      toast.success(`Created ${created.map((c) => c.code).join(', ')}`)
      router.push(`${config.routes.admin}/collections/executions/${created[0]!.id}`)
    } catch (reason) {
      setError((reason as Error).message)
      setBusy(false)
    }
  }

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
