'use client'
import React from 'react'

import { TouchButton } from '../touch/TouchButton'
import type { MoveState } from './useStationMove'

const box: React.CSSProperties = {
  borderRadius: 'var(--style-radius-m, 8px)',
  fontSize: 18,
  margin: '12px 0 0',
  padding: '12px 16px',
}

/** Why the last try did not go through: the server's words, or a dropped network and a retry. */
export function MoveOutcome({ onRetry, state }: { onRetry: () => void; state: MoveState }) {
  if (state.kind === 'refused')
    return (
      <p
        id="shop-floor-refusal"
        role="alert"
        style={{
          ...box,
          background: 'var(--theme-error-50)',
          border: '1px solid var(--theme-error-300)',
          color: 'var(--theme-error-800)',
          whiteSpace: 'pre-line',
        }}
      >
        {state.message}
      </p>
    )
  if (state.kind === 'dropped')
    return (
      <div
        id="shop-floor-dropped"
        role="alert"
        style={{
          ...box,
          background: 'var(--theme-warning-50)',
          border: '1px solid var(--theme-warning-300)',
        }}
      >
        <p style={{ margin: '0 0 12px' }}>
          The network dropped before the server answered. Nothing you entered is lost: retry when
          the connection is back (a step already made is not made twice).
        </p>
        <TouchButton id="shop-floor-retry" onClick={onRetry} tone="primary">
          Retry
        </TouchButton>
      </div>
    )
  return null
}
