'use client'
import React from 'react'

import { type permissionGroups } from '../../permissions'

type Props = {
  disabled: boolean
  group: ReturnType<typeof permissionGroups>[number]
  held: Set<string>
  onToggle: (keys: string[], on: boolean) => void
}

/** One group of permissions: a checkbox for the whole group, then one for each permission. */
export function PermissionGroup({ disabled, group, held, onToggle }: Props) {
  const keys = group.permissions.map((p) => p.key)
  const all = keys.every((key) => held.has(key))
  return (
    <fieldset
      data-group={group.label}
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
            onChange={(e) => onToggle(keys, e.target.checked)}
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
            onChange={(e) => onToggle([permission.key], e.target.checked)}
            type="checkbox"
            value={permission.key}
          />{' '}
          {permission.label}
        </label>
      ))}
    </fieldset>
  )
}
