'use client'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import type { ResolvedScan } from '../../actions/resolveScan'
import { announceLotScanned } from '../../lotScanned'
import type { ApiRefusal } from '../../../platform/components/fetchJson'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

export type ScanNotice =
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; text: string }

/** The server's words without the argument's name in front (`code: …`), as a sentence. */
const plain = (message: string) => {
  const text = message.replace(/^code: /, '')
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/**
 * Resolves a scanned code on the server and acts on it: a document opens on its screen, a lot is
 * announced to the station on screen. What went wrong is said in plain words.
 */
export function useScanResolver() {
  const router = useRouter()
  const { action } = useManufacturingApi()
  const [notice, setNotice] = useState<null | ScanNotice>(null)
  const resolve = useCallback(
    async (code: string) => {
      setNotice({ kind: 'busy', text: `Reading ${code.trim()}…` })
      try {
        const found = await action<ResolvedScan>('resolveScan', { code })
        if (found.kind === 'lot') {
          announceLotScanned({ code: found.code, itemId: found.itemId, lotId: found.lotId })
          setNotice({ kind: 'done', text: `Lot ${found.code} scanned.` })
          return
        }
        setNotice({ kind: 'done', text: `Opening ${found.label}…` })
        router.push(found.url)
      } catch (reason) {
        const refusal = reason as ApiRefusal
        setNotice({
          kind: 'refused',
          text:
            typeof refusal.status === 'number'
              ? `That code could not be opened: ${plain(refusal.message)}`
              : 'The scan could not reach the server. Check the connection and scan again.',
        })
      }
    },
    [action, router],
  )
  return { notice, resolve, setNotice }
}
