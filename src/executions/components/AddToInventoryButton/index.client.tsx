'use client'
import { toast, useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { CaptionField, ChoiceSelect, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
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

/** The places stock can be added at (not virtual), the first chosen when none is yet. */
function usePlaces(
  api: string,
  setLocation: (update: (current: string) => string) => void,
  setError: (message: string) => void,
) {
  const [places, setPlaces] = useState<null | Place[]>(null)
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
  return places
}

function AddToInventoryDialog({ bom, onClose }: { bom: number; onClose: () => void }) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const [location, setLocation] = useState('')
  const [quantity, setQuantity] = useState('1')
  // One key per dialog: a second click or a retry posts once.
  const [key] = useState(() => crypto.randomUUID())
  const submission = useSubmit()
  const { setError, submit } = submission
  const places = usePlaces(api, setLocation, setError)

  const post = () =>
    submit(async () => {
      await postAction(api, 'addToInventory', { bom, key, location: Number(location), quantity })
      const name = places?.find((p) => String(p.id) === location)?.name
      toast.success(
        Number(quantity) < 0
          ? `Took ${quantity.replace('-', '')} back at ${name}`
          : `Added ${quantity} to ${name}`,
      )
      onClose()
    })

  return (
    <FormDialog
      confirm={{
        disabled: !location,
        id: 'add-to-inventory-confirm',
        busyLabel: 'Posting…',
        label: 'Post',
        onClick: post,
      }}
      flush
      id="add-to-inventory-dialog"
      onClose={onClose}
      submission={submission}
      title="Add to inventory"
      width={520}
    >
      <p style={{ marginTop: 0 }}>
        Makes the product now, without an execution: its components leave the location and the
        product enters it at their cost. A negative quantity takes back what earlier additions of
        this recipe made there, and returns their components.
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
        <CaptionField label="Quantity">
          <TextInput
            id="add-to-inventory-quantity"
            onChange={setQuantity}
            step="any"
            type="number"
            value={quantity}
          />
        </CaptionField>
        <CaptionField label="Location">
          <ChoiceSelect
            choices={(places ?? []).map((place) => [place.id, place.name] as const)}
            disabled={!places}
            id="add-to-inventory-location"
            onChange={setLocation}
            style={{ minWidth: 200 }}
            value={location}
          />
        </CaptionField>
      </div>
    </FormDialog>
  )
}
