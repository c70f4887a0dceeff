'use client'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { ProductionChoices } from '../productionChoices'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { useSubmit } from '../../../platform/components/useSubmit'
import { Field, FloorSelect, today } from './index.client'

/**
 * The state of a create-executions dialog: what it makes (`orders` or executions, which need a
 * produced quantity when new production starts done), its floor and date (an order's deadline,
 * empty at first; an execution's production date, today at first), and `create`, which runs the
 * request and then closes the dialog and reloads the page.
 */
export function useProductionForm(
  { floors, startsDoneAs }: ProductionChoices,
  orders: boolean,
  onClose: () => void,
) {
  const router = useRouter()
  const needsProduced = !orders && startsDoneAs !== null
  const [floor, setFloor] = useState(String(floors[0]?.id ?? ''))
  const [date, setDate] = useState(orders ? '' : today())
  const { busy, error, setError, submit } = useSubmit()
  const create = (work: () => Promise<void>) =>
    submit(async () => {
      await work()
      onClose()
      router.refresh()
    })
  return {
    busy,
    create,
    date,
    error,
    floor,
    floors,
    needsProduced,
    onClose,
    orders,
    setDate,
    setError,
    setFloor,
    startsDoneAs,
  }
}

export type ProductionForm = ReturnType<typeof useProductionForm>

/**
 * Where and when each line is made: an order's `location` and `deadline`, or an execution's
 * production floor and date, with its produced quantity when new production starts done.
 */
export function targetArgs(form: ProductionForm, orders: boolean, produced: null | string) {
  const location = form.floor ? Number(form.floor) : undefined
  if (orders) return { ...(form.date ? { deadline: form.date } : {}), location }
  return {
    ...(produced === null ? {} : { producedQuantity: produced }),
    productionDate: form.date,
    productionFloor: location,
  }
}

type Props = {
  children: React.ReactNode
  /** The confirm button is disabled besides while creating. */
  disabled?: boolean
  form: ProductionForm
  /** The dialog's id is `<prefix>-dialog`; its buttons and fields are named from it too. */
  prefix: string
  /** What the dialog makes, before the note on produced quantities. */
  intro: React.ReactNode
  onCreate: () => unknown
  title: string
}

/** A create-executions dialog: what it makes, the floor and the date, then its lines. */
export function ProductionDialog({ children, disabled, form, intro, prefix, ...props }: Props) {
  return (
    <FormDialog
      confirm={{
        busyLabel: 'Creating…',
        disabled,
        id: `${prefix}-confirm`,
        label: 'Create',
        onClick: props.onCreate,
      }}
      flush
      id={`${prefix}-dialog`}
      onClose={form.onClose}
      submission={form}
      title={props.title}
    >
      <p style={{ marginTop: 0 }}>
        {intro}
        {form.needsProduced &&
          ` New executions are created ${form.startsDoneAs}: each has produced its quantity unless you enter how much it produced.`}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 16 }}>
        <Field label="Production floor">
          <FloorSelect
            floors={form.floors}
            id={`${prefix}-floor`}
            onChange={form.setFloor}
            value={form.floor}
          />
        </Field>
        <Field label={form.orders ? 'Deadline' : 'Production date'}>
          <input
            id={`${prefix}-date`}
            onChange={(event) => form.setDate(event.target.value)}
            style={inputStyle}
            type="date"
            value={form.date}
          />
        </Field>
      </div>
      {children}
    </FormDialog>
  )
}
