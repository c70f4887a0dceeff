'use client'
import { useDocumentInfo, useField } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef } from 'react'

const types = ['count', 'waste', 'damage', 'found', 'other']

const idIn = (value: null | string) => {
  const id = Number(value)
  return Number.isSafeInteger(id) && id > 0 ? id : undefined
}

/**
 * Fills a new adjustment from the link that opened it (`?type=waste&execution=12&location=3`,
 * as "Record waste" on an execution builds it). Only a new document, and only these fields.
 */
export function PrefillAdjustmentFromLink() {
  const { id } = useDocumentInfo()
  const params = useSearchParams()
  const type = useField<string>({ path: 'type' })
  const location = useField<number>({ path: 'location' })
  const execution = useField<number>({ path: 'execution' })
  const done = useRef(false)
  useEffect(() => {
    if (id || done.current) return
    done.current = true
    const wanted = params.get('type')
    if (wanted && types.includes(wanted)) type.setValue(wanted)
    const place = idIn(params.get('location'))
    if (place) location.setValue(place)
    const production = idIn(params.get('execution'))
    if (production) execution.setValue(production)
  }, [execution, id, location, params, type])
  return null
}
