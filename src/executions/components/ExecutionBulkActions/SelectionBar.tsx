'use client'
import React from 'react'

import type { BulkPermissions } from './bulkPermissions'

import { SecondaryButtons } from '../../../platform/components/SecondaryButtons/index.client'
import { DownloadButton } from '../../../platform/components/SecondaryButtons/DownloadButton'
import { toolbarStyle } from './toolbarStyle'

type Props = {
  apiURL: string
  can: BulkPermissions
  count: number
  /** The selected ids joined by commas, as the downloads take them. */
  ids: string
  onDelete: () => void
  onOpen: (dialog: 'edit' | 'move' | 'status') => void
  /** Asking the store for the selection's materials, for users who may raise requisitions. */
  requestMaterials: { busy: boolean; run: () => void } | null
}

/** The dialogs the user may open on a selection, each behind its permission. */
const dialogsFor = (can: BulkPermissions, onOpen: Props['onOpen']) => [
  ...(can.update
    ? [{ id: 'bulk-status', label: 'Change status…', onClick: () => onOpen('status') }]
    : []),
  ...(can.moveDate
    ? [{ id: 'bulk-move-date', label: 'Move date…', onClick: () => onOpen('move') }]
    : []),
  ...(can.update
    ? [{ id: 'bulk-edit', label: 'Edit quantities and dates…', onClick: () => onOpen('edit') }]
    : []),
]

/** What the user may do to the selected executions together. */
export function SelectionBar({
  apiURL,
  can,
  count,
  ids,
  onDelete,
  onOpen,
  requestMaterials,
}: Props) {
  const downloads = [
    ['Materials CSV', `materials.csv?ids=${ids}`, 'export-materials-csv'],
    ['Material stock CSV', `materials.csv?ids=${ids}&stock=true`, 'export-material-stock-csv'],
    ['Recipe cards PDF', `recipe-cards.pdf?ids=${ids}`, 'recipe-cards-pdf'],
  ]
  return (
    <div
      aria-label="Selected executions"
      data-testid="bulk-bar"
      role="toolbar"
      style={toolbarStyle}
    >
      <strong>{count} selected</strong>
      <SecondaryButtons buttonStyle="pill" buttons={dialogsFor(can, onOpen)} size="small" />
      {downloads.map(([label, path, id]) => (
        <DownloadButton href={`${apiURL}/executions/${path}`} id={id!} key={id} label={label!} />
      ))}
      <SecondaryButtons
        buttonStyle="pill"
        buttons={[
          ...(requestMaterials
            ? [
                {
                  disabled: requestMaterials.busy,
                  id: 'bulk-request-materials',
                  label: 'Request materials',
                  onClick: requestMaterials.run,
                },
              ]
            : []),
          ...(can.delete ? [{ id: 'bulk-delete', label: 'Delete', onClick: onDelete }] : []),
        ]}
        size="small"
      />
    </div>
  )
}
