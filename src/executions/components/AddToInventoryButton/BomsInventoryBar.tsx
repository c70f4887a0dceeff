'use client'
import { useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useMemo, useState } from 'react'

import { SecondaryButtons } from '../../../platform/components/SecondaryButtons/index.client'
import { toolbarStyle } from '../ExecutionBulkActions/toolbarStyle'
import { BomsInventoryDialog } from './BomsInventoryDialog'

/** Above the BOMs list, while BOMs are selected: add them to inventory (or take back) together. */
export function BomsInventoryBar() {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const { count, selectAll, selectedIDs, toggleAll } = useSelection()
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const key = selectedIDs.join(',')
  const ids = useMemo(() => (key ? key.split(',').map(Number) : []), [key])
  if (count === 0) return null
  return (
    <div aria-label="Selected BOMs" role="toolbar" style={toolbarStyle}>
      <strong>{count} selected</strong>
      <SecondaryButtons
        buttonStyle="pill"
        buttons={[
          { id: 'boms-add-to-inventory', label: 'Add to inventory…', onClick: () => setOpen(true) },
        ]}
        size="small"
      />
      {open && (
        <BomsInventoryDialog
          api={api}
          ids={ids}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false)
            if (selectAll !== 'none') toggleAll()
            router.refresh()
          }}
        />
      )}
    </div>
  )
}
