'use client'
import type { CheckboxFieldClientComponent } from 'payload'

import { FieldError, useField } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { useStageChanges } from './useStageChanges'

/**
 * The process's "Confirm stage changes" checkbox, shown only when the edit renames or removes
 * stages that runs recorded entries at: it says which and how much history they carry. The
 * server refuses such a save without it (confirm: true), whatever client sends it.
 */
export const StageChangesField: CheckboxFieldClientComponent = ({ path }) => {
  const { errorMessage, setValue, showError, value } = useField<boolean>({ path })
  const changes = useStageChanges()

  useEffect(() => {
    if (changes.length === 0 && value) setValue(false)
  }, [changes.length, setValue, value])

  if (changes.length === 0) return null
  return (
    <div
      className="field-type"
      id="stage-changes-warning"
      role="alert"
      style={{
        background: 'var(--theme-warning-50, #fff7e6)',
        border: '1px solid var(--theme-warning-200, #f5d08a)',
        borderRadius: 'var(--style-radius-s, 4px)',
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
      }}
    >
      <FieldError message={errorMessage} path={path} showError={showError} />
      {changes.map((change) => (
        <p key={change} style={{ margin: '0 0 6px' }}>
          {change}
        </p>
      ))}
      <p style={{ margin: '0 0 8px' }}>
        Their entries keep the stage name they were recorded under.
      </p>
      <label style={{ alignItems: 'center', display: 'inline-flex', fontWeight: 600, gap: 8 }}>
        <input
          checked={value === true}
          id="field-confirm"
          onChange={(event) => setValue(event.target.checked)}
          type="checkbox"
        />
        Confirm stage changes
      </label>
    </div>
  )
}
