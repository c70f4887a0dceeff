'use client'
import type { SelectFieldClientComponent } from 'payload'

import { FieldDescription, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { permissionGroups } from '../../permissions'
import { adminRoleKey } from '../../permissions'
import { PermissionGroup } from './PermissionGroup'

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
        {groups.map((group) => (
          <PermissionGroup
            disabled={disabled}
            group={group}
            held={held}
            key={group.label}
            onToggle={toggle}
          />
        ))}
      </div>
    </div>
  )
}
