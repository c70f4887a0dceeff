'use client'
import React, { useEffect } from 'react'

import { ChangesTable } from '../../../workflow/components/StatusPickerField/ChangesTable'
import { useTransitionPreview } from '../../../workflow/components/StatusPickerField/useTransitionPreview'

type Props = {
  apiURL: string
  collection: 'executions' | 'manufacturing-orders'
  id: number
  onAllowed: (allowed: boolean) => void
  onError: (message: null | string) => void
  quantity: null | string
  to: number
}

/** What the step does to stock, and why it is refused if it is, before it is taken. */
export function StepPreview(props: Props) {
  const { apiURL, collection, id, onAllowed, onError, quantity, to } = props
  const { loading, preview } = useTransitionPreview(
    { apiURL, collection, execution: id, quantity, to },
    onError,
    () => {},
  )
  const allowed = Boolean(preview?.allowed) && !loading
  useEffect(() => onAllowed(allowed), [allowed, onAllowed])
  return (
    <div
      aria-busy={loading}
      data-testid="shop-floor-preview"
      style={{ fontSize: 16, marginTop: 16, opacity: loading ? 0.6 : 1 }}
    >
      <h3 style={{ fontSize: 18, margin: '0 0 8px' }}>Stock this step moves</h3>
      {preview ? (
        <ChangesTable changes={preview.changes} />
      ) : (
        <p style={{ margin: 0 }}>Working out the stock moves…</p>
      )}
      {preview && preview.problems.length > 0 && (
        <ul data-testid="shop-floor-problems" role="alert" style={{ fontSize: 18 }}>
          {preview.problems.map((problem) => (
            <li key={problem.message}>{problem.message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
