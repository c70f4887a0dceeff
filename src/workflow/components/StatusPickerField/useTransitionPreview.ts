import type { TransitionPreview } from '../../transitionPreview'

import { useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'

type Target = {
  apiURL: string
  collection: 'executions' | 'manufacturing-orders'
  execution: number | string
  /** The produced quantity typed, or null to use the saved one. */
  quantity: null | string
  to: number
}

/**
 * The server's preview of the move, run again once the typing of a quantity pauses; the last
 * preview stays shown while the next one loads. `onQuantityProblem` is called when the preview
 * says the produced quantity does not do.
 */
export function useTransitionPreview(
  { apiURL, collection, execution, quantity, to }: Target,
  setError: (message: null | string) => void,
  onQuantityProblem: () => void,
) {
  const [preview, setPreview] = useState<null | TransitionPreview>(null)
  const [loading, setLoading] = useState(true)
  useEffect(() => {
    let current = true
    setLoading(true)
    const timer = setTimeout(
      () => {
        fetchJson<TransitionPreview>(`${apiURL}/manufacturing/previewTransition`, {
          json: {
            ...(collection === 'manufacturing-orders'
              ? { order: Number(execution) }
              : { id: Number(execution) }),
            status: to,
            ...(quantity === null ? {} : { producedQuantity: quantity }),
          },
          method: 'POST',
        })
          .then((result) => {
            if (!current) return
            setPreview(result)
            setError(null)
            if (result.problems.some((p) => p.field === 'producedQuantity')) onQuantityProblem()
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
  }, [apiURL, collection, execution, quantity, to])
  return { loading, preview }
}
