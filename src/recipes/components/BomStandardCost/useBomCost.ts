'use client'
import type { BomCostView } from '../../bomCostView'

import { useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

/**
 * The recipe's cost from bomCost, for its output or for the quantity given, costed again after
 * each save, since the recipe it costs may have changed.
 */
export function useBomCost(quantity: string) {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { action } = useManufacturingApi()
  const [cost, setCost] = useState<BomCostView | null>(null)
  const [error, setError] = useState<null | string>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    const args = quantity.trim()
      ? { id: Number(id), quantity: quantity.trim() }
      : { id: Number(id) }
    action<BomCostView>('bomCost', args).then(
      (result) => current && (setCost(result), setError(null)),
      (reason: Error) => current && setError(reason.message),
    )
    return () => {
      current = false
    }
  }, [action, id, lastUpdateTime, quantity])
  return { cost, error, id }
}
