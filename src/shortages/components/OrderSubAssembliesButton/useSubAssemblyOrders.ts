'use client'
import { useActionAnswer } from '../../../platform/components/useActionAnswer'

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
  const { busy, clear, error, result, run } =
    useActionAnswer<SubAssemblyOrders>('createSubAssemblyOrders')
  return { busy, close: clear, error, result, run: () => run(source) }
}
