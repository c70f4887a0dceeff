'use client'
import type { TransitionPreview } from '../../transitionPreview'
import type { ProductionStatus } from '../StatusBadge/productionStatuses'

import React, { useState } from 'react'

import { QuantityInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { fetchJson } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { ChangesTable } from './ChangesTable'
import { useTransitionPreview } from './useTransitionPreview'

type Props = {
  apiURL: string
  code: string
  /** Where the document is: an order's preview plans its remaining lines. */
  collection: 'executions' | 'manufacturing-orders'
  execution: number | string
  from: null | ProductionStatus
  /** Entering the last status needs a produced quantity; the dialog asks for it if none is saved. */
  needsProducedQuantity: boolean
  onClose: () => void
  onMoved: () => void
  /** The produced quantity the form holds, to start the dialog's input with. */
  producedQuantity: string
  to: ProductionStatus
  /** The form has unsaved edits, which reloading the document after the move discards. */
  unsaved: boolean
}

/** The produced quantity the last status needs, asked for in the dialog. */
function ProducedQuantity({
  onChange,
  to,
  value,
}: {
  onChange: (value: string) => void
  to: string
  value: string
}) {
  return (
    <label style={{ display: 'block', marginBottom: 'var(--base)' }}>
      <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>Produced quantity</span>
      <QuantityInput
        id="transition-produced-quantity"
        onChange={onChange}
        value={value}
        width={200}
      />
      <span style={{ color: 'var(--theme-elevation-500)', display: 'block', fontSize: 12 }}>
        {to} adds the products at this quantity.
      </span>
    </label>
  )
}

/** The stock the move changes, dimmed while the next preview loads. */
function PreviewChanges({ loading, preview }: { loading: boolean; preview: TransitionPreview }) {
  return (
    <div aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
      <ChangesTable changes={preview.changes} />
      {(preview.post.length > 0 || preview.reverse.length > 0) && (
        <p style={{ color: 'var(--theme-elevation-500)', fontSize: 12, margin: '8px 0 0' }}>
          {preview.post.length} line{preview.post.length === 1 ? '' : 's'} posted,{' '}
          {preview.reverse.length} reversed.
        </p>
      )}
    </div>
  )
}

/** Why the move is refused, if it is. */
function Problems({ problems }: { problems: TransitionPreview['problems'] }) {
  if (problems.length === 0) return null
  return (
    <ul
      data-testid="transition-problems"
      style={{
        background: 'var(--theme-warning-50, #fff7e6)',
        border: '1px solid var(--theme-warning-200, #f5d08a)',
        borderRadius: 'var(--style-radius-s, 4px)',
        margin: 'var(--base) 0 0',
        padding: '8px 8px 8px 28px',
      }}
    >
      {problems.map((problem) => (
        <li key={`${problem.field ?? ''}${problem.message}`}>{problem.message}</li>
      ))}
    </ul>
  )
}

/**
 * Previews moving an execution or a manufacturing order to another status (stock each posting and reversal would change,
 * and why the move is refused, if it is) and makes the move on confirmation.
 */
export function TransitionDialog(props: Props) {
  const { apiURL, code, collection, execution, from, needsProducedQuantity, onClose, onMoved, to } =
    props
  const [producedQuantity, setProducedQuantity] = useState(props.producedQuantity)
  const submission = useSubmit()
  const { setError, submit } = submission
  // Asked for when none is saved, or when the preview says the saved one does not do.
  const [askQuantity, setAskQuantity] = useState(needsProducedQuantity)
  const quantity = askQuantity && producedQuantity.trim() !== '' ? producedQuantity : null
  const { loading, preview } = useTransitionPreview(
    { apiURL, collection, execution, quantity, to: to.id },
    setError,
    () => setAskQuantity(true),
  )

  const confirm = () =>
    submit(async () => {
      await fetchJson(`${apiURL}/${collection}/${execution}?depth=0`, {
        json: {
          status: to.id,
          ...(quantity === null ? {} : { producedQuantity: Number(quantity) }),
        },
        method: 'PATCH',
      })
      onMoved()
    })

  return (
    <FormDialog
      confirm={{
        disabled: !preview?.allowed || loading,
        id: 'confirm-transition',
        busyLabel: 'Moving…',
        label: 'Confirm move',
        onClick: confirm,
      }}
      flush
      id="transition-preview"
      onClose={onClose}
      submission={submission}
      title={`Move ${code} ${from ? `from ${from.name} ` : ''}to ${to.name}`}
    >
      {askQuantity && (
        <ProducedQuantity onChange={setProducedQuantity} to={to.name} value={producedQuantity} />
      )}
      {preview ? (
        <PreviewChanges loading={loading} preview={preview} />
      ) : (
        loading && <p style={{ margin: 0 }}>Working out the stock moves…</p>
      )}
      <Problems problems={preview?.problems ?? []} />
      {props.unsaved && (
        <p style={{ color: 'var(--theme-warning-750, #92400e)', margin: 'var(--base) 0 0' }}>
          This form has unsaved changes; they are discarded when the document reloads after the
          move. Cancel and save first to keep them.
        </p>
      )}
    </FormDialog>
  )
}
