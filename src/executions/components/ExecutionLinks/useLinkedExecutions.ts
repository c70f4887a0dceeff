import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { fetchJson } from '../../../platform/components/fetchJson'

type Ref = { code?: string; id: number; status?: number; title?: null | string }
type ItemRef = { id: number; name?: string; sku?: string; unit?: string }

export type LinkedExecution = {
  parents?: { execution: number | Ref; id?: string; requiredQuantity: number }[] | null
  requirements?:
    | {
        childExecution?: null | number | Ref
        id?: string
        item: number | ItemRef
        kind: 'sub_recipe' | 'supplied'
        requiredQuantity: number
        supplyDetail?: null | string
        supplyStatus?: null | string
      }[]
    | null
}

/** The saved execution with its items and linked executions one level deep; null until loaded. */
export function useLinkedExecution(): LinkedExecution | null {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [doc, setDoc] = useState<LinkedExecution | null>(null)
  useEffect(() => {
    if (!id) return
    fetchJson<LinkedExecution>(
      `${config.serverURL}${config.routes.api}/executions/${id}?depth=1&select[requirements]=true&select[parents]=true`,
    )
      .then(setDoc)
      .catch(() => setDoc({}))
  }, [config.routes.api, config.serverURL, id])
  return doc
}

export const refOf = (value: unknown): Ref | null =>
  value && typeof value === 'object' ? (value as Ref) : null
