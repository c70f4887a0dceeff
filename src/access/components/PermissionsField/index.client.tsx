'use client'
import type { SelectFieldClientComponent } from 'payload'

import { FieldDescription, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { permissionGroups } from '../../permissions'
import { adminRoleKey } from '../../permissions'

const groups = permissionGroups()

/** The roles editor: permission keys as checkboxes, grouped as the registry groups them. */
export const PermissionsField: SelectFieldClientComponent = ({ field, path, readOnly }) => {
  const { setValue, value } = useField<string[]>({ path })
  const roleKey = useFormFields(([fields]) => fields.key?.value)
  const isAdminRole = roleKey === adminRoleKey
  const held = new Set(
    isAdminRole ? groups.flatMap((g) => g.permissions.map((p) => p.key)) : (value ?? []),
  )
  const disabled = Boolean(readOnly) || isAdminRole

  const toggle = (keys: string[], on: boolean) => {
    const next = new Set(held)
    for (const key of keys) {
      if (on) next.add(key)
      else next.delete(key)
    }
    setValue([...next])
  }

  return (
    <div className="field-type manufacturing-permissions" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label || 'Permissions'} path={path} />
      {isAdminRole && (
        <FieldDescription description="This role holds every permission." path={path} />
      )}
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
        }}
      >
        {groups.map((group) => {
          const keys = group.permissions.map((p) => p.key)
          const all = keys.every((key) => held.has(key))
          return (
            <fieldset
              data-group={group.label}
              key={group.label}
              style={{
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: 4,
                padding: 'calc(var(--base) / 2) var(--base)',
              }}
            >
              <legend>
                <label>
                  <input
                    checked={all}
                    disabled={disabled}
                    onChange={(e) => toggle(keys, e.target.checked)}
                    type="checkbox"
                  />{' '}
                  <strong>{group.label}</strong>
                </label>
              </legend>
              {group.permissions.map((permission) => (
                <label key={permission.key} style={{ display: 'block', padding: '2px 0' }}>
                  <input
                    checked={held.has(permission.key)}
                    disabled={disabled}
                    name={permission.key}
                    onChange={(e) => toggle([permission.key], e.target.checked)}
                    type="checkbox"
                    value={permission.key}
                  />{' '}
                  {permission.label}
                </label>
              ))}
            </fieldset>
          )
        })}
      </div>
    </div>
  )
}
