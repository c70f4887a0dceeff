'use client'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import type { StatusDoc } from '../../../workflow/workflow'
import { NumericKeypad } from '../touch/NumericKeypad'
import { TouchButton } from '../touch/TouchButton'
import { MoveOutcome } from './MoveOutcome'
import { StepPreview } from './StepPreview'
import { useStationMove } from './useStationMove'

type Props = {
  code: string
  /** Where the document is; an execution unless said. */
  collection?: 'executions' | 'manufacturing-orders'
  id: number
  /** Entering `next` completes the execution: it asks for the produced quantity. */
  last: boolean
  next: StatusDoc
  producedQuantity: null | string
  unit: string
}

/**
 * An execution's (or a manufacturing order's) next step as one large button: the next status, the stock it moves (the same
 * preview as the desk's status badge), and on the last step the produced quantity on a keypad.
 */
export function NextStep(props: Props) {
  const { code, collection = 'executions', id, last, next, producedQuantity, unit } = props
  const { apiURL } = useManufacturingApi()
  const router = useRouter()
  const [quantity, setQuantity] = useState(producedQuantity ?? '')
  const [previewError, setPreviewError] = useState<null | string>(null)
  const [allowed, setAllowed] = useState(false)
  const { move, state } = useStationMove({
    apiURL,
    collection,
    id,
    onMoved: () => router.refresh(),
    to: next.id,
  })
  const data = last ? { producedQuantity: Number(quantity) } : {}
  const ready = allowed && state.kind !== 'busy' && (!last || quantity !== '')
  return (
    <section aria-label="Next step" id="shop-floor-next-step">
      {last && (
        <NumericKeypad
          id="produced-quantity"
          label={`Produced quantity of ${code}`}
          onChange={setQuantity}
          unit={unit}
          value={quantity}
        />
      )}
      <StepPreview
        apiURL={apiURL}
        collection={collection}
        id={id}
        onAllowed={setAllowed}
        onError={setPreviewError}
        quantity={last && quantity !== '' ? quantity : null}
        to={next.id}
      />
      {previewError && (
        <p role="alert" style={{ color: 'var(--theme-error-750)' }}>
          {previewError}
        </p>
      )}
      <div style={{ marginTop: 16 }}>
        <TouchButton
          data-next-status={next.name}
          disabled={!ready}
          id="shop-floor-move"
          large
          onClick={() => move(data, false)}
          tone="primary"
        >
          {state.kind === 'busy'
            ? 'Moving…'
            : last
              ? `${next.name}: ${quantity || '0'} ${unit}`.trim()
              : `Move to ${next.name}`}
        </TouchButton>
      </div>
      <MoveOutcome onRetry={() => move(data, true)} state={state} />
    </section>
  )
}
