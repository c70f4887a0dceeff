'use client'
import { toast, useConfig, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { type ProductionStatus } from '../StatusBadge/productionStatuses'
import { TransitionDialog } from './TransitionDialog'

type Props = {
  current: null | ProductionStatus
  /** The saved document's id. */
  id: number | string
  onClose: () => void
  onMoved: (status: number) => void
  target: ProductionStatus
  terminal: ProductionStatus | undefined
}

/** The move of the document being edited to the target status, reviewed in its dialog. */
export function StatusMove({ current, id, onClose, onMoved, target, terminal }: Props) {
  const { collectionSlug, data } = useDocumentInfo()
  const isOrder = collectionSlug === 'manufacturing-orders'
  const code = useFormFields(
    ([fields]) => (isOrder ? fields.orderNumber?.value : fields.code?.value) as string | undefined,
  )
  const noun = isOrder ? 'The order' : 'The execution'
  const producedQuantity = useFormFields(([fields]) => fields.producedQuantity?.value)
  const modified = useFormModified()
  const { config } = useConfig()
  const router = useRouter()
  return (
    <TransitionDialog
      apiURL={`${config.serverURL}${config.routes.api}`}
      code={
        code ||
        String(
          (isOrder ? data?.orderNumber : data?.code) ?? `${isOrder ? 'Order' : 'Execution'} ${id}`,
        )
      }
      collection={isOrder ? 'manufacturing-orders' : 'executions'}
      execution={id}
      from={current}
      needsProducedQuantity={
        !isOrder &&
        target.id === terminal?.id &&
        (data?.producedQuantity === null || data?.producedQuantity === undefined)
      }
      onClose={onClose}
      onMoved={() => {
        toast.success(`${code || noun} moved to ${target.name}`)
        onMoved(target.id)
        router.refresh()
      }}
      producedQuantity={typeof producedQuantity === 'number' ? String(producedQuantity) : ''}
      to={target}
      unsaved={modified}
    />
  )
}
