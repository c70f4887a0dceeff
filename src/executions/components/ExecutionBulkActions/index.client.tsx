'use client'
import { useConfig, useSelection } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useMemo, useState } from 'react'

import { ExecutionListFilters } from '../ExecutionListFilters/index.client'
import { RaisedRequisitionsDialog } from '../RequestMaterialsButton/RaisedRequisitionsDialog'
import { useRequestMaterials } from '../RequestMaterialsButton/useRequestMaterials'
import { BulkEditDialog } from './BulkEditDialog'
import { BulkStatusDialog } from './BulkStatusDialog'
import { CreateExecutionsDialog } from './CreateExecutionsDialog'
import { ListTools } from './ListTools'
import { MoveDateDialog } from './MoveDateDialog'
import { SelectionBar } from './SelectionBar'
import type { BulkPermissions } from './bulkPermissions'
import { deleteSelected } from './deleteSelected'

type Open = 'create' | 'edit' | 'move' | 'status' | null

const nothing: BulkPermissions = {
  create: false,
  delete: false,
  moveDate: false,
  requestMaterials: false,
  update: false,
}

type DialogProps = {
  apiURL: string
  ids: number[]
  onClose: () => void
  onDone: () => void
  open: NonNullable<Open>
  startsDoneAs: null | string
}

/** The dialog a tool opened. */
function OpenDialog({ open, startsDoneAs, ...props }: DialogProps) {
  if (open === 'create') return <CreateExecutionsDialog {...props} startsDoneAs={startsDoneAs} />
  if (open === 'status') return <BulkStatusDialog {...props} />
  if (open === 'move') return <MoveDateDialog {...props} />
  return <BulkEditDialog {...props} />
}

/**
 * The executions workspace's bar above the list: the quick filters, then create several and export
 * the list as filtered, and, while rows are selected, a bar of what can be done to them together: each tool only for
 * users whose permissions allow it (the server would refuse the others).
 */
export function ExecutionBulkActions({
  can = nothing,
  startsDoneAs = null,
}: {
  can?: BulkPermissions
  /** The last status' name when new production starts in it: each row then says what it made. */
  startsDoneAs?: null | string
}) {
  const { config } = useConfig()
  const apiURL = `${config.serverURL}${config.routes.api}`
  const { count, selectAll, selectedIDs, toggleAll } = useSelection()
  const router = useRouter()
  const [open, setOpen] = useState<Open>(null)
  const requisitions = useRequestMaterials()
  const key = selectedIDs.join(',')
  const ids = useMemo(() => (key ? key.split(',').map(Number) : []), [key])

  const done = () => {
    setOpen(null)
    if (selectAll !== 'none') toggleAll()
    router.refresh()
  }
  const remove = deleteSelected(apiURL, ids, done)

  return (
    <>
      <ExecutionListFilters
        tools={<ListTools apiURL={apiURL} onCreate={can.create ? () => setOpen('create') : null} />}
      />
      {count > 0 && (
        <SelectionBar
          apiURL={apiURL}
          can={can}
          count={count}
          ids={key}
          onDelete={remove}
          onOpen={setOpen}
          requestMaterials={
            can.requestMaterials
              ? { busy: requisitions.busy, run: () => requisitions.request({ executions: ids }) }
              : null
          }
        />
      )}
      {requisitions.shown && (
        <RaisedRequisitionsDialog
          error={requisitions.error}
          onClose={() => {
            const raised = Boolean(requisitions.result)
            requisitions.clear()
            if (raised) done()
          }}
          result={requisitions.result}
        />
      )}
      {open && (
        <OpenDialog
          apiURL={apiURL}
          ids={ids}
          onClose={() => setOpen(null)}
          onDone={done}
          open={open}
          startsDoneAs={startsDoneAs}
        />
      )}
    </>
  )
}
