'use client'
import { useState } from 'react'

import { type ApiRefusal, fetchJson } from '../../../platform/components/fetchJson'

export type MoveState =
  { kind: 'busy' } | { kind: 'dropped' } | { kind: 'idle' } | { kind: 'refused'; message: string }

type Target = {
  apiURL: string
  collection: 'executions' | 'manufacturing-orders'
  id: number
  onMoved: () => void
  /** The status to move to. */
  to: number
}

const statusOf = (doc: { status?: unknown }) =>
  doc.status && typeof doc.status === 'object' ? (doc.status as { id: number }).id : doc.status

/**
 * Moves a document to its next status through the collection's REST update, as the desk's status
 * picker does. A request that never answered (the network dropped) may still have been done: the
 * retry reads the document first and does not send the move again once it is in the status, so a
 * retried step is made once. A refusal keeps the server's own words.
 */
export function useStationMove({ apiURL, collection, id, onMoved, to }: Target) {
  const [state, setState] = useState<MoveState>({ kind: 'idle' })
  const url = `${apiURL}/${collection}/${id}?depth=0`
  const move = async (data: Record<string, unknown>, retry: boolean) => {
    setState({ kind: 'busy' })
    try {
      const done = retry && statusOf(await fetchJson<{ status?: unknown }>(url)) === to
      if (!done) await fetchJson(url, { json: { ...data, status: to }, method: 'PATCH' })
      setState({ kind: 'idle' })
      onMoved()
    } catch (reason) {
      const refusal = reason as ApiRefusal
      setState(
        typeof refusal.status === 'number'
          ? { kind: 'refused', message: refusal.message }
          : { kind: 'dropped' },
      )
    }
  }
  return { move, state }
}
