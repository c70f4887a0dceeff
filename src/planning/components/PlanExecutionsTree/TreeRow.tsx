import { Pill } from '@payloadcms/ui'
import React from 'react'

import type { PlanTreeRow } from '../../rules/planTree'
import { figureCell, lineCell } from '../../../platform/components/figureCells'
import { StatusBadge, type StatusLook } from '../../../workflow/components/StatusBadge'

type Props = { admin: string; row: PlanTreeRow; statuses: Map<number, StatusLook> }

/** One execution of the tree: indented under its consumer, linked, with its status and figures. */
export function TreeRow({ admin, row, statuses }: Props) {
  const status = row.status === null ? undefined : statuses.get(row.status)
  return (
    <tr
      data-depth={row.depth}
      data-execution={row.id}
      data-repeated={row.repeated || undefined}
      data-shared={row.sharedBy > 1 || undefined}
    >
      <td style={{ ...lineCell, paddingLeft: 8 + row.depth * 24 }}>
        <span style={{ alignItems: 'center', display: 'inline-flex', flexWrap: 'wrap', gap: 8 }}>
          {row.depth > 0 && (
            <span aria-hidden="true" style={{ color: 'var(--theme-elevation-400)' }}>
              └
            </span>
          )}
          <a href={`${admin}/collections/executions/${row.id}`}>{row.title}</a>
          {row.sharedBy > 1 && (
            <Pill pillStyle="light-gray" size="small">
              {row.repeated ? `Shared: shown above` : `Shared by ${row.sharedBy}`}
            </Pill>
          )}
        </span>
      </td>
      <td style={lineCell}>{status && <StatusBadge status={status} />}</td>
      <td style={figureCell}>{row.plannedQuantity}</td>
      <td style={figureCell}>{row.producedQuantity ?? ''}</td>
      <td style={figureCell}>{row.neededAbove ?? ''}</td>
    </tr>
  )
}
