'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { RaisedRequisitionsDialog } from './RaisedRequisitionsDialog'
import { useRequestMaterials } from './useRequestMaterials'

/**
 * "Request materials" on a saved execution or production plan (all its executions): asks the
 * store for what their supplied requirements still need and links the requisitions raised.
 */
export function RequestMaterialsControl({ scope }: { scope: 'execution' | 'plan' }) {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const { busy, clear, error, request, result, shown } = useRequestMaterials()
  if (!id) return null
  return (
    <>
      <SecondaryButton
        disabled={busy}
        id="request-materials-button"
        onClick={() =>
          request(scope === 'plan' ? { plan: Number(id) } : { executions: [Number(id)] })
        }
      >
        Request materials
      </SecondaryButton>
      {shown && (
        <RaisedRequisitionsDialog
          error={error}
          onClose={() => {
            clear()
            router.refresh()
          }}
          result={result}
        />
      )}
    </>
  )
}
