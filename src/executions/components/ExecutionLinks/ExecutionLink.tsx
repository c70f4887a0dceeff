'use client'
import { useConfig } from '@payloadcms/ui'
import React from 'react'

import { StatusBadge } from '../../../workflow/components/StatusBadge'
import type { ProductionStatus } from '../../../workflow/components/StatusBadge/productionStatuses'

/** Another execution: its code and product, linked to its page, and its status badge. */
export function ExecutionLink({
  execution,
  statuses,
}: {
  execution: { code?: string; id: number; status?: number; title?: null | string }
  statuses: null | ProductionStatus[]
}) {
  const { config } = useConfig()
  const status = statuses?.find((s) => s.id === execution.status)
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 8 }}>
      <a href={`${config.routes.admin}/collections/executions/${execution.id}`}>
        {execution.title || execution.code || `#${execution.id}`}
      </a>
      {status && <StatusBadge status={status} />}
    </span>
  )
}
