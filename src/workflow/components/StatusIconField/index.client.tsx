'use client'
import type {
  DefaultCellComponentProps,
  SelectFieldClient,
  SelectFieldClientComponent,
} from 'payload'

import { FieldError, FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { statusIcons } from '../../rules/statusAppearance'
import { StatusIcon } from '../StatusIcon'

/** A status's icon, picked from the fixed list, each shown as the badge draws it. */
export const StatusIconField: SelectFieldClientComponent = ({ field, path, readOnly }) => {
  const { errorMessage, setValue, showError, value } = useField<string>({ path })
  return (
    <div className="field-type status-icon-field" style={{ flex: '1 1 auto' }}>
      <FieldLabel label={field.label ?? 'Icon'} path={path} required={field.required} />
      <FieldError message={errorMessage} path={path} showError={showError} />
      <div
        aria-label="Icon"
        id={`field-${path.replace(/\./g, '__')}`}
        role="radiogroup"
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
      >
        {statusIcons.map((name) => {
          const chosen = value === name
          return (
            <button
              aria-checked={chosen}
              data-icon-option={name}
              disabled={readOnly}
              key={name}
              onClick={() => setValue(name)}
              role="radio"
              style={{
                alignItems: 'center',
                background: chosen ? 'var(--theme-elevation-150)' : 'var(--theme-elevation-0)',
                border: `1px solid ${chosen ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-150)'}`,
                borderRadius: 4,
                color: 'var(--theme-text)',
                cursor: readOnly ? 'default' : 'pointer',
                display: 'inline-flex',
                gap: 6,
                padding: '6px 10px',
              }}
              title={name}
              type="button"
            >
              <StatusIcon name={name} size={16} />
              <span>{name}</span>
            </button>
          )
        })}
      </div>
    </div>
  )
}

/** The statuses list's icon column: the icon and its name. */
export function StatusIconCell({ cellData }: DefaultCellComponentProps<SelectFieldClient>) {
  if (!cellData) return null
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 8 }}>
      <StatusIcon name={String(cellData)} size={16} />
      {String(cellData)}
    </span>
  )
}
