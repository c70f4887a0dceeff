'use client'
import { Button, toast, useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'

type Place = { id: number; name: string }

/** Produces from this BOM at once (or takes back with a negative quantity), into a chosen place. */
export function AddToInventoryControl() {
  return (
    <DialogButton
      dialog={(bom, close) => <AddToInventoryDialog bom={bom} onClose={close} />}
      id="add-to-inventory-button"
      label="Add to inventory"
    />
  )
}

function AddToInventoryDialog({ bom, onClose }: { bom: number; onClose: () => void }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [places, setPlaces] = useState<null | Place[]>(null)
  const [location, setLocation] = useState('')
  const [quantity, setQuantity] = useState('1')
  // One key per dialog: a second click or a retry posts once.
  const [key] = useState(() => crypto.randomUUID())
  const { busy, error, setError, submit } = useSubmit()
  useEffect(() => {
    fetchJson<{ docs: Place[] }>(
      `${api}/locations?where[kind][not_equals]=virtual&limit=100&sort=name&depth=0`,
    )
      .then(({ docs }) => {
        setPlaces(docs)
        setLocation((current) => current || String(docs[0]?.id ?? ''))
      })
      .catch((reason: Error) => setError(reason.message))
  }, [api])

  const post = () =>
    submit(async () => {
      await postAction(api, 'addToInventory', {
        bom,
        key,
        location: Number(location),
        quantity,
      })
      const name = places?.find((p) => String(p.id) === location)?.name
      toast.success(
        Number(quantity) < 0
          ? `Took ${quantity.replace('-', '')} back at ${name}`
          : `Added ${quantity} to ${name}`,
      )
      onClose()
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
            disabled={busy || !location}
            id="add-to-inventory-confirm"
            margin={false}
            onClick={post}
          >
            {busy ? 'Posting…' : 'Post'}
          </Button>
        </>
      }
      id="add-to-inventory-dialog"
      onClose={onClose}
      title="Add to inventory"
      width={520}
    >
      <p style={{ marginTop: 0 }}>
        Makes the product now, without an execution: its components leave the location and the
        product enters it at their cost. A negative quantity takes back what earlier additions of
        this recipe made there, and returns their components.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <label>
          <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>Quantity</span>
          <input
            id="add-to-inventory-quantity"
            onChange={(event) => setQuantity(event.target.value)}
            step="any"
            style={inputStyle}
            type="number"
            value={quantity}
          />
        </label>
        <label>
          <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>Location</span>
          <select
            disabled={!places}
            id="add-to-inventory-location"
            onChange={(event) => setLocation(event.target.value)}
            style={{ ...inputStyle, minWidth: 200 }}
            value={location}
          >
            {(places ?? []).map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <DialogError message={error} />
    </Dialog>
  )
}
