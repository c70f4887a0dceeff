'use client'
import { Button, toast, useConfig, useSelection } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import React, { useMemo, useState } from 'react'

import { postAction } from '../../../platform/components/fetchJson'
import { RaisedRequisitionsDialog } from '../RequestMaterialsButton/RaisedRequisitionsDialog'
import { useRequestMaterials } from '../RequestMaterialsButton/useRequestMaterials'
import { BulkEditDialog } from './BulkEditDialog'
import { BulkStatusDialog } from './BulkStatusDialog'
import { CreateExecutionsDialog } from './CreateExecutionsDialog'
import { MoveDateDialog } from './MoveDateDialog'
import { type BulkOutcome, reportOutcome } from './outcome'

type Open = 'create' | 'edit' | 'move' | 'status' | null

const bar: React.CSSProperties = {
  alignItems: 'center',
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
  margin: '0 0 var(--base, 20px)',
}

/**
 * The executions workspace's tools above the list: create several, export the list as filtered,
 * and, while rows are selected, a bar of what can be done to them together (asking the store for
 * their materials only for users who may raise requisitions).
 */
export function ExecutionBulkActions({
  canRequestMaterials = false,
}: {
  canRequestMaterials?: boolean
}) {
  const { config } = useConfig()
  const apiURL = `${config.serverURL}${config.routes.api}`
  const { count, selectAll, selectedIDs, toggleAll } = useSelection()
  const router = useRouter()
  const params = useSearchParams()
  const [open, setOpen] = useState<Open>(null)
  const requisitions = useRequestMaterials()
  const key = selectedIDs.join(',')
  const ids = useMemo(() => (key ? key.split(',').map(Number) : []), [key])

  // The list's own filter (its `where`), so the export is the list as the user sees it.
  const filter = [...params.entries()]
    .filter(([name]) => name.startsWith('where'))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&')

  const done = () => {
    setOpen(null)
    if (selectAll !== 'none') toggleAll()
    router.refresh()
  }

  const remove = async () => {
    if (
      !window.confirm(
        `Delete ${ids.length} execution(s)? Only those in the first status are deleted.`,
      )
    )
      return
    try {
      const result = await postAction<BulkOutcome & { deleted: string[] }>(
        apiURL,
        'deleteExecutions',
        { ids },
      )
      reportOutcome(`Deleted ${result.deleted.length}`, result)
      done()
    } catch (reason) {
      toast.error((reason as Error).message)
    }
  }

  const link = (label: string, href: string, id: string) => (
    <a className="btn btn--style-secondary btn--size-small" download href={href} id={id}>
      {label}
    </a>
  )

  return (
    <>
      <div style={bar}>
        <Button
          buttonStyle="secondary"
          id="bulk-create"
          onClick={() => setOpen('create')}
          size="small"
        >
          Create several…
        </Button>
        {link('Export CSV', `${apiURL}/executions/export.csv?${filter}`, 'export-executions-csv')}
      </div>
      {count > 0 && (
        <div aria-label="Selected executions" data-testid="bulk-bar" role="toolbar" style={bar}>
          <strong>{count} selected</strong>
          <Button
            buttonStyle="secondary"
            id="bulk-status"
            onClick={() => setOpen('status')}
            size="small"
          >
            Change status…
          </Button>
          <Button
            buttonStyle="secondary"
            id="bulk-move-date"
            onClick={() => setOpen('move')}
            size="small"
          >
            Move date…
          </Button>
          <Button
            buttonStyle="secondary"
            id="bulk-edit"
            onClick={() => setOpen('edit')}
            size="small"
          >
            Edit quantities and dates…
          </Button>
          {link(
            'Materials CSV',
            `${apiURL}/executions/materials.csv?ids=${key}`,
            'export-materials-csv',
          )}
          {link(
            'Material stock CSV',
            `${apiURL}/executions/materials.csv?ids=${key}&stock=true`,
            'export-material-stock-csv',
          )}
          {link(
            'Recipe cards PDF',
            `${apiURL}/executions/recipe-cards.pdf?ids=${key}`,
            'recipe-cards-pdf',
          )}
          {canRequestMaterials && (
            <Button
              buttonStyle="secondary"
              disabled={requisitions.busy}
              id="bulk-request-materials"
              onClick={() => requisitions.request({ executions: ids })}
              size="small"
            >
              Request materials
            </Button>
          )}
          <Button buttonStyle="secondary" id="bulk-delete" onClick={remove} size="small">
            Delete
          </Button>
        </div>
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
      {open === 'create' && (
        <CreateExecutionsDialog apiURL={apiURL} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open === 'status' && (
        <BulkStatusDialog apiURL={apiURL} ids={ids} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open === 'move' && (
        <MoveDateDialog apiURL={apiURL} ids={ids} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open === 'edit' && (
        <BulkEditDialog apiURL={apiURL} ids={ids} onClose={() => setOpen(null)} onDone={done} />
      )}
    </>
  )
}
