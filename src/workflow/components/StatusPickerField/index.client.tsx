'use client'
import type { RelationshipFieldClientComponent } from 'payload'

import {
  FieldError,
  FieldLabel,
  toast,
  useConfig,
  useDocumentInfo,
  useField,
  useFormFields,
  useFormModified,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { StatusBadge } from '../StatusBadge'
import { type ProductionStatus, useProductionStatuses } from '../StatusBadge/productionStatuses'
import { StatusOptions } from './StatusOptions'
import { TransitionDialog } from './TransitionDialog'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : value

/**
 * An execution's or a manufacturing order's status. A new document picks its first status from a
 * select; a saved one moves through the workflow from its badge: pick a status, review the stock
 * the move posts or reverses, confirm.
 */
export const StatusPickerField: RelationshipFieldClientComponent = ({ field, path, readOnly }) => {
  const { errorMessage, setValue, showError, value } = useField<number | string>({ path })
  const { collectionSlug, data, id } = useDocumentInfo()
  const isOrder = collectionSlug === 'manufacturing-orders'
  const code = useFormFields(
    ([fields]) => (isOrder ? fields.orderNumber?.value : fields.code?.value) as string | undefined,
  )
  const noun = isOrder ? 'The order' : 'The execution'
  const producedQuantity = useFormFields(([fields]) => fields.producedQuantity?.value)
  const modified = useFormModified()
  const { config } = useConfig()
  const router = useRouter()
  const { error, statuses } = useProductionStatuses({ fresh: true })
  const [open, setOpen] = useState(false)
  const [target, setTarget] = useState<null | ProductionStatus>(null)
  const [movedTo, setMovedTo] = useState<null | number>(null)
  const currentId = idOf(value)
  const current = statuses?.find((s) => String(s.id) === String(currentId)) ?? null
  const terminal = statuses?.[statuses.length - 1]

  // After a move the refreshed document brings the new status; if the form kept the old one,
  // reload rather than let a later save put the old status back.
  useEffect(() => {
    if (movedTo === null) return
    if (String(currentId) === String(movedTo)) {
      setMovedTo(null)
      return
    }
    const timer = setTimeout(() => window.location.reload(), 4000)
    return () => clearTimeout(timer)
  }, [currentId, movedTo])

  const label = (
    <FieldLabel
      htmlFor={id ? 'status-picker-button' : 'field-status'}
      label={field.label || 'Status'}
      path={path}
      required={field.required}
    />
  )
  if (error)
    return (
      <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
        {label}
        <p role="alert">Could not load the statuses: {error}</p>
      </div>
    )

  if (!id)
    return (
      <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
        {label}
        <FieldError message={errorMessage} path={path} showError={showError} />
        <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          <select
            disabled={readOnly || !statuses}
            id="field-status"
            name={path}
            onChange={(event) => setValue(Number(event.target.value))}
            style={{ ...inputStyle, flex: '1 1 8rem' }}
            value={currentId === undefined || currentId === null ? '' : String(currentId)}
          >
            {!current && <option value="">Choose a status</option>}
            {(statuses ?? []).map((status) => (
              <option key={status.id} value={status.id}>
                {status.name}
              </option>
            ))}
          </select>
          {current && <StatusBadge status={current} />}
        </div>
      </div>
    )

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)', position: 'relative' }}>
      {label}
      <FieldError message={errorMessage} path={path} showError={showError} />
      <button
        aria-expanded={open}
        aria-haspopup="menu"
        disabled={readOnly || !statuses || movedTo !== null}
        id="status-picker-button"
        onClick={() => setOpen((was) => !was)}
        style={{
          alignItems: 'center',
          background: 'none',
          border: 0,
          cursor: readOnly ? 'default' : 'pointer',
          display: 'inline-flex',
          gap: 6,
          padding: 0,
        }}
        title={readOnly ? undefined : 'Move to another status'}
        type="button"
      >
        {current ? (
          <StatusBadge status={current} />
        ) : (
          <span>{statuses ? `Status #${currentId ?? '–'}` : '…'}</span>
        )}
        {!readOnly && <span aria-hidden="true">▾</span>}
      </button>
      {open && statuses && (
        <StatusOptions
          current={current?.id ?? null}
          onClose={() => setOpen(false)}
          onPick={(status) => {
            setOpen(false)
            setTarget(status)
          }}
          statuses={statuses}
        />
      )}
      {target && (
        <TransitionDialog
          apiURL={`${config.serverURL}${config.routes.api}`}
          code={
            code ||
            String(
              (isOrder ? data?.orderNumber : data?.code) ??
                `${isOrder ? 'Order' : 'Execution'} ${id}`,
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
          onClose={() => setTarget(null)}
          onMoved={() => {
            toast.success(`${code || noun} moved to ${target.name}`)
            setMovedTo(target.id)
            setTarget(null)
            router.refresh()
          }}
          producedQuantity={typeof producedQuantity === 'number' ? String(producedQuantity) : ''}
          to={target}
          unsaved={modified}
        />
      )}
    </div>
  )
}
