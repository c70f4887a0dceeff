'use client'
import React from 'react'

import { SecondaryButtons } from '../../../platform/components/SecondaryButtons/index.client'
import { DownloadLink } from './DownloadLink'
import { toolbarStyle } from './toolbarStyle'

type Props = {
  apiURL: string
  count: number
  /** The selected ids joined by commas, as the downloads take them. */
  ids: string
  onDelete: () => void
  onOpen: (dialog: 'edit' | 'move' | 'status') => void
  /** Asking the store for the selection's materials, for users who may raise requisitions. */
  requestMaterials: { busy: boolean; run: () => void } | null
}

/** What can be done to the selected executions together. */
export function SelectionBar({ apiURL, count, ids, onDelete, onOpen, requestMaterials }: Props) {
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
      <SecondaryButtons
        buttons={[
          { id: 'bulk-status', label: 'Change status…', onClick: () => onOpen('status') },
          { id: 'bulk-move-date', label: 'Move date…', onClick: () => onOpen('move') },
          { id: 'bulk-edit', label: 'Edit quantities and dates…', onClick: () => onOpen('edit') },
        ]}
        size="small"
      />
      {downloads.map(([label, path, id]) => (
        <DownloadLink href={`${apiURL}/executions/${path}`} id={id} key={id} label={label} />
      ))}
      <SecondaryButtons
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
          { id: 'bulk-delete', label: 'Delete', onClick: onDelete },
        ]}
        size="small"
      />
    </div>
  )
}
