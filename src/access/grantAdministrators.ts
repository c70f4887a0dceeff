import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
} from 'payload'

import { ensureAdminRole, findAdminRole } from './ensureAdminRole'
import {
  type AdministratorGrants,
  administratorGrants,
  grantMessage,
} from './rules/administratorGrants'

const idOf = (role: unknown) =>
  typeof role === 'object' && role !== null ? (role as { id: number }).id : (role as number)

/**
 * Gives the Administrator role to the users of `usersCollection` with these emails, and to nobody
 * else, in one transaction (creating the role if the site has none yet). Granting twice changes
 * nothing. Returns what it decided: granted, already administrators, and emails with no user.
 */
export async function grantAdministrators(
  payload: Payload,
  usersCollection: string,
  emails: readonly string[],
): Promise<AdministratorGrants> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    const collection = usersCollection as CollectionSlug
    const { docs: users } = await payload.find({
      collection,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      where: { email: { in: emails.map((email) => email.trim().toLowerCase()) } },
    })
    const decided = administratorGrants(
      emails,
      users.map((user) => {
        const { email, id, roles: held } = user as { email: string; id: number; roles?: unknown[] }
        return { email, id, roles: (held ?? []).map(idOf) }
      }),
      await findAdminRole(req),
    )
    if (decided.grant.length) {
      const adminRole = await ensureAdminRole(req)
      for (const user of decided.grant)
        await payload.update({
          collection,
          data: { roles: [...user.roles, adminRole] },
          depth: 0,
          id: user.id,
          overrideAccess: true,
          req,
        })
    }
    if (owns) await commitTransaction(req)
    return decided
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

/**
 * The `administrators` option, applied at start: the log says who was made Administrator (so
 * only when something changed) and names the emails that have no user, which grant nothing.
 */
export async function grantAdministratorsAtStart(
  payload: Payload,
  usersCollection: string,
  emails: readonly string[],
): Promise<void> {
  if (emails.length === 0) return
  const decided = await grantAdministrators(payload, usersCollection, emails)
  const message = grantMessage(decided)
  if (!message) return
  if (decided.grant.length) payload.logger.info(message)
  else payload.logger.warn(message)
}

/** The users collection the plugin gave roles: the auth collection with its `roles` field. */
export function usersCollectionWithRoles(payload: Payload): string {
  const collection = payload.config.collections.find(
    (c) =>
      c.auth &&
      c.fields.some(
        (field) =>
          'name' in field &&
          field.name === 'roles' &&
          field.type === 'relationship' &&
          field.relationTo === 'roles',
      ),
  )
  if (!collection) throw new Error('manufacturingPlugin: no users collection with roles in config')
  return collection.slug
}
