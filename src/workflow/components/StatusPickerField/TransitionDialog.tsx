'use client'
import type { TransitionPreview } from '../../transitionPreview'
import type { ProductionStatus } from '../StatusBadge/productionStatuses'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { ChangesTable } from './ChangesTable'

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

/**
 * Previews moving an execution or a manufacturing order to another status (stock each posting and reversal would change,
 * and why the move is refused, if it is) and makes the move on confirmation.
 */
export function TransitionDialog(props: Props) {
  const { apiURL, code, collection, execution, from, needsProducedQuantity, onClose, onMoved, to } =
    props
  const [producedQuantity, setProducedQuantity] = useState(props.producedQuantity)
  const [preview, setPreview] = useState<null | TransitionPreview>(null)
  const [loading, setLoading] = useState(true)
  const [moving, setMoving] = useState(false)
  const [error, setError] = useState<null | string>(null)
  // Asked for when none is saved, or when the preview says the saved one does not do.
  const [askQuantity, setAskQuantity] = useState(needsProducedQuantity)
  const quantity = askQuantity && producedQuantity.trim() !== '' ? producedQuantity : null

  useEffect(() => {
    let current = true
    setLoading(true)
    // Typing a quantity re-runs the preview once the typing pauses.
    const timer = setTimeout(
      () => {
        fetchJson<TransitionPreview>(`${apiURL}/manufacturing/previewTransition`, {
          json: {
            ...(collection === 'manufacturing-orders'
              ? { order: Number(execution) }
              : { id: Number(execution) }),
            status: to.id,
            ...(quantity === null ? {} : { producedQuantity: quantity }),
          },
          method: 'POST',
        })
          .then((result) => {
            if (!current) return
            setPreview(result)
            setError(null)
            if (result.problems.some((p) => p.field === 'producedQuantity')) setAskQuantity(true)
          })
          .catch((reason: Error) => {
            if (!current) return
            setPreview(null)
            setError(reason.message)
          })
          .finally(() => current && setLoading(false))
      },
      quantity === null ? 0 : 350,
    )
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [apiURL, collection, execution, quantity, to.id])

  const confirm = async () => {
    setMoving(true)
    setError(null)
    try {
      await fetchJson(`${apiURL}/${collection}/${execution}?depth=0`, {
        json: {
          status: to.id,
          ...(quantity === null ? {} : { producedQuantity: Number(quantity) }),
        },
        method: 'PATCH',
      })
      onMoved()
    } catch (reason) {
      setError((reason as Error).message)
      setMoving(false)
    }
  }

  const problems = preview?.problems ?? []
  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" disabled={moving} margin={false} onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!preview?.allowed || loading || moving}
            id="confirm-transition"
            margin={false}
            onClick={confirm}
          >
            {moving ? 'Moving…' : 'Confirm move'}
          </Button>
        </>
      }
      id="transition-preview"
      onClose={onClose}
      title={`Move ${code} ${from ? `from ${from.name} ` : ''}to ${to.name}`}
    >
      {askQuantity && (
        <label style={{ display: 'block', marginBottom: 'var(--base)' }}>
          <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
            Produced quantity
          </span>
          <input
            id="transition-produced-quantity"
            min={0}
            onChange={(event) => setProducedQuantity(event.target.value)}
            step="any"
            style={{ ...inputStyle, width: 200 }}
            type="number"
            value={producedQuantity}
          />
          <span style={{ color: 'var(--theme-elevation-500)', display: 'block', fontSize: 12 }}>
            {to.name} adds the products at this quantity.
          </span>
        </label>
      )}
      {preview ? (
        <div aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
          <ChangesTable changes={preview.changes} />
          {(preview.post.length > 0 || preview.reverse.length > 0) && (
            <p style={{ color: 'var(--theme-elevation-500)', fontSize: 12, margin: '8px 0 0' }}>
              {preview.post.length} line{preview.post.length === 1 ? '' : 's'} posted,{' '}
              {preview.reverse.length} reversed.
            </p>
          )}
        </div>
      ) : (
        loading && <p style={{ margin: 0 }}>Working out the stock moves…</p>
      )}
      {problems.length > 0 && (
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
      )}
      {props.unsaved && (
        <p style={{ color: 'var(--theme-warning-750, #92400e)', margin: 'var(--base) 0 0' }}>
          This form has unsaved changes; they are discarded when the document reloads after the
          move. Cancel and save first to keep them.
        </p>
      )}
      <DialogError message={error} />
    </Dialog>
  )
}
