'use client'
import { toast } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import {
  CaptionField,
  ChoiceSelect,
  LinesTable,
  TextInput,
} from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { fetchByIds, postAction } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { usePlaces } from './usePlaces'

type Bom = { id: number; name?: null | string }

type Quantities = Record<number, string>

/** A quantity for each BOM, 1 until changed. */
function BomQuantities({
  boms,
  onChange,
  quantities,
}: {
  boms: Bom[]
  onChange: (update: (current: Quantities) => Quantities) => void
  quantities: Quantities
}) {
  return (
    <LinesTable columns={['BOM', 'Quantity']}>
      {boms.map((bom) => (
        <tr key={bom.id}>
          <td>{bom.name ?? `BOM ${bom.id}`}</td>
          <td>
            <TextInput
              aria-label={`Quantity of ${bom.name ?? bom.id}`}
              id={`boms-inventory-quantity-${bom.id}`}
              onChange={(value) => onChange((current) => ({ ...current, [bom.id]: value }))}
              step="any"
              type="number"
              value={quantities[bom.id] ?? '1'}
              width={120}
            />
          </td>
        </tr>
      ))}
    </LinesTable>
  )
}

/** Add to inventory for the selected BOMs: a quantity each (negative takes back), one place. */
export function BomsInventoryDialog({
  api,
  ids,
  onClose,
  onDone,
}: {
  api: string
  ids: number[]
  onClose: () => void
  onDone: () => void
}) {
  const [boms, setBoms] = useState<Bom[]>([])
  const [quantities, setQuantities] = useState<Record<number, string>>({})
  const [location, setLocation] = useState('')
  // One key per dialog: a second click or a retry posts once.
  const [key] = useState(() => crypto.randomUUID())
  const submission = useSubmit()
  const { setError, submit } = submission
  const places = usePlaces(api, setLocation, setError)
  useEffect(() => {
    fetchByIds<Bom>(api, 'boms', ids, 'depth=0&limit=200')
      .then(({ docs }) => setBoms(ids.flatMap((id) => docs.filter((doc) => doc.id === id))))
      .catch((reason: Error) => setError(reason.message))
  }, [api, ids])

  const post = () =>
    submit(async () => {
      const lines = boms.map((bom) => ({ bom: bom.id, quantity: quantities[bom.id] ?? '1' }))
      await postAction(api, 'addBomsToInventory', { key, lines, location: Number(location) })
      const name = places?.find((p) => String(p.id) === location)?.name
      toast.success(`Posted ${lines.length} BOM${lines.length === 1 ? '' : 's'} at ${name}`)
      onDone()
    })

  return (
    <FormDialog
      confirm={{
        busyLabel: 'Posting…',
        disabled: !location || boms.length === 0,
        id: 'boms-inventory-confirm',
        label: 'Post',
        onClick: post,
      }}
      id="boms-inventory-dialog"
      onClose={onClose}
      submission={submission}
      title="Add to inventory"
      width={560}
    >
      <p style={{ marginTop: 0 }}>
        Makes each product now from its recipe at the place chosen; a negative quantity takes back
        what earlier additions of that recipe made there. All lines post, or none.
      </p>
      <BomQuantities boms={boms} onChange={setQuantities} quantities={quantities} />
      <CaptionField label="Location" style={{ marginTop: 16 }}>
        <ChoiceSelect
          choices={(places ?? []).map((place) => [place.id, place.name] as const)}
          disabled={!places}
          id="boms-inventory-location"
          onChange={setLocation}
          style={{ minWidth: 200 }}
          value={location}
        />
      </CaptionField>
    </FormDialog>
  )
}
