'use client'
import { useConfig } from '@payloadcms/ui'
import { useState } from 'react'

import { postAction } from '../../../platform/components/fetchJson'

export type SubAssemblyOrders = {
  created: {
    batches?: number
    id: number
    name: string
    orderNumber: string
    quantity: string
    shortage: string
    sku: string
  }[]
}

/** Orders what the document is short of among its sub-assemblies; keeps what came of it. */
export function useSubAssemblyOrders(source: { execution: number } | { order: number }) {
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<null | SubAssemblyOrders>(null)
  const [error, setError] = useState<null | string>(null)
  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      setResult(
        await postAction<SubAssemblyOrders>(
          `${config.serverURL}${config.routes.api}`,
          'createSubAssemblyOrders',
          source,
        ),
      )
    } catch (reason) {
      setError((reason as Error).message)
    } finally {
      setBusy(false)
    }
  }
  const close = () => {
    setResult(null)
    setError(null)
  }
  return { busy, close, error, result, run }
}
