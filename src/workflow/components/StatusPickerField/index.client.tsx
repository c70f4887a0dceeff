'use client'
import type { RelationshipFieldClientComponent } from 'payload'

import { FieldError, FieldLabel, useDocumentInfo, useField } from '@payloadcms/ui'
import React from 'react'

import { useProductionStatuses } from '../StatusBadge/productionStatuses'
import { FieldFrame } from './FieldFrame'
import { NewStatusSelect } from './NewStatusSelect'
import { SavedStatusPicker } from './SavedStatusPicker'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id?: number | string }).id : value

/**
 * An execution's or a manufacturing order's status. A new document picks its first status from a
 * select; a saved one moves through the workflow from its badge: pick a status, review the stock
 * the move posts or reverses, confirm.
 */
export const StatusPickerField: RelationshipFieldClientComponent = ({ field, path, readOnly }) => {
  const { errorMessage, setValue, showError, value } = useField<number | string>({ path })
  const { id } = useDocumentInfo()
  const { error, statuses } = useProductionStatuses({ fresh: true })
  const currentId = idOf(value)
  const current = statuses?.find((s) => String(s.id) === String(currentId)) ?? null
  const fieldError = <FieldError message={errorMessage} path={path} showError={showError} />
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
      <FieldFrame>
        {label}
        <p role="alert">Could not load the statuses: {error}</p>
      </FieldFrame>
    )
  if (!id)
    return (
      <FieldFrame>
        {label}
        {fieldError}
        <NewStatusSelect
          current={current}
          currentId={currentId}
          disabled={readOnly || !statuses}
          onChange={setValue}
          path={path}
          statuses={statuses}
        />
      </FieldFrame>
    )
  return (
    <FieldFrame menu>
      {label}
      {fieldError}
      <SavedStatusPicker
        current={current}
        currentId={currentId}
        id={id}
        readOnly={readOnly}
        statuses={statuses}
      />
    </FieldFrame>
  )
}
