import type { ServerProps } from 'payload'

import React from 'react'

import { adminRoleKey, permissionGroups } from '../../permissions'

/**
 * Above the dashboard: who you are signed in as, your roles, and what they let you do, so a
 * user who misses a collection knows why and whom to ask.
 */
export async function YourAccess({ payload, user }: ServerProps) {
  if (!user) return null
  const ids = ((user as { roles?: unknown[] }).roles ?? []).map((role) =>
    typeof role === 'object' && role !== null ? (role as { id: number }).id : role,
  ) as number[]
  const { docs: roles } = ids.length
    ? await payload.find({
        collection: 'roles',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        where: { id: { in: ids } },
      })
    : { docs: [] }
  const everything = roles.some((role) => role.key === adminRoleKey)
  const held = new Set(roles.flatMap((role) => role.permissions ?? []))
  const areas = permissionGroups()
    .map((group) => ({
      label: group.label,
      permissions: group.permissions
        .filter((p) => everything || held.has(p.key))
        .map((p) => p.label.toLowerCase()),
    }))
    .filter((group) => group.permissions.length > 0)

  return (
    <section className="manufacturing-your-access" style={{ marginBottom: 'var(--base)' }}>
      <p>
        Signed in as <strong>{user.email}</strong>
        {roles.length ? (
          <>
            {' '}
            with role{roles.length > 1 ? 's' : ''} {roles.map((r) => r.name).join(', ')}
          </>
        ) : (
          ' with no role yet'
        )}
        .{' '}
        {everything
          ? 'You can do everything.'
          : areas.length
            ? `You can: ${areas.map((a) => `${a.label} (${a.permissions.join(', ')})`).join('; ')}.`
            : 'Ask an administrator for a role to start working.'}
      </p>
    </section>
  )
}
