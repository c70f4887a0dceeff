'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { ApiRefusal } from '../../../platform/components/fetchJson'
import { droppedWords, refusalWords } from '../../rules/refusalWords'

export type StationOutcome =
  { message: string; state: 'done' | 'dropped' | 'refused' } | { state: 'busy' | 'idle' }

/**
 * Runs one step against the server and says how it went: done (the screen reloads what the
 * server now holds), refused (the server's words, nothing written), or dropped (no answer: the
 * draft stays, and the retry carries the same idempotency key). `dropped` tells the next run
 * that it is a retry.
 */
export function useStationSubmit() {
  const router = useRouter()
  const [outcome, setOutcome] = useState<StationOutcome>({ state: 'idle' })
  const run = async (
    work: (retry: boolean) => Promise<string>,
    onRefused?: (refusal: ApiRefusal, retry: boolean) => null | string,
  ) => {
    const retry = outcome.state === 'dropped'
    setOutcome({ state: 'busy' })
    try {
      const message = await work(retry)
      setOutcome({ message, state: 'done' })
      router.refresh()
      return true
    } catch (reason) {
      const refusal = reason as ApiRefusal
      if (typeof refusal.status !== 'number') {
        setOutcome({ message: droppedWords, state: 'dropped' })
        return false
      }
      const settled = onRefused?.(refusal, retry)
      if (settled !== null && settled !== undefined) {
        setOutcome({ message: settled, state: 'done' })
        router.refresh()
        return true
      }
      setOutcome({ message: refusalWords(refusal.message), state: 'refused' })
      return false
    }
  }
  return { busy: outcome.state === 'busy', outcome, run, setOutcome }
}
