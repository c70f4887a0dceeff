import type { Payload, ServerProps } from 'payload'

import React from 'react'

import { adminRoleKey, permissionGroups } from '../../permissions'

/** The command that makes an existing user Administrator (see the README, "Existing users"). */
export const grantAdministratorCommand =
  'npx payload run node_modules/payload-plugin-manufacturing/dist/access/scripts/grantAdministrator.js'

/** Whether any user of the collection holds the Administrator role, so someone can hand roles out. */
async function hasAdministrator(payload: Payload, users: string): Promise<boolean> {
  const { docs } = await payload.find({
    collection: 'roles',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { key: { equals: adminRoleKey } },
  })
  if (!docs[0]) return false
  const { totalDocs } = await payload.count({
    collection: users as 'users',
    overrideAccess: true,
    where: { roles: { in: [docs[0].id] } },
  })
  return totalDocs > 0
}

/**
 * What a user without any role reads: why the plugin's collections are missing and whom to ask.
 * On a site whose users existed before the plugin nobody is Administrator yet, so it says how
 * whoever runs the site makes the first one.
 */
function NoRole({ administrators, email }: { administrators: boolean; email: string }) {
  return (
    <p className="manufacturing-no-role">
      You have no role yet, so the production collections are hidden from you and their API answers
      403.{' '}
      {administrators ? (
        <>
          Ask an administrator of this site to give you a role (Users → <strong>{email}</strong> →
          Roles).
        </>
      ) : (
        <>
          Nobody on this site is an Administrator yet, so nobody can hand out roles. Whoever runs
          the site makes the first one: add the email to the plugin&apos;s{' '}
          <code>administrators</code> option and restart the app, or run{' '}
          <code>
            {grantAdministratorCommand} {email}
          </code>{' '}
          in the app&apos;s directory.
        </>
      )}
    </p>
  )
}

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
            : roles.length
              ? 'Ask an administrator for a role to start working.'
              : null}
      </p>
      {roles.length === 0 && (
        <NoRole
          administrators={await hasAdministrator(payload, user.collection)}
          email={user.email ?? ''}
        />
      )}
    </section>
  )
}
