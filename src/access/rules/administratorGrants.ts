/** A user as the grant sees them: email and the ids of the roles they hold. */
export type UserWithRoles = { email: string; id: number; roles: number[] }

export type AdministratorGrants = {
  /** Users who get the Administrator role, with the roles they hold now. */
  grant: { email: string; id: number; roles: number[] }[]
  /** Named emails of users who already hold it: nothing to do. */
  already: string[]
  /** Named emails with no user: nothing is granted for them. */
  missing: string[]
}

/**
 * Who the Administrator role goes to: exactly the users named by email (compared as Payload
 * stores emails, trimmed and in lower case), never anyone else; a user who holds it already is
 * left as they are, so granting twice changes nothing. `adminRole` is undefined while the role
 * does not exist yet (then nobody holds it).
 */
export function administratorGrants(
  emails: readonly string[],
  users: readonly UserWithRoles[],
  adminRole: number | undefined,
): AdministratorGrants {
  const byEmail = new Map(users.map((user) => [user.email.trim().toLowerCase(), user]))
  const result: AdministratorGrants = { already: [], grant: [], missing: [] }
  for (const email of new Set(emails.map((e) => e.trim().toLowerCase()))) {
    const user = byEmail.get(email)
    if (!user) result.missing.push(email)
    else if (adminRole !== undefined && user.roles.includes(adminRole)) result.already.push(email)
    else result.grant.push({ email, id: user.id, roles: user.roles })
  }
  return result
}

/** The one line the log gets for a grant, or undefined when there is nothing worth saying. */
export function grantMessage({ grant, missing }: AdministratorGrants): string | undefined {
  const parts: string[] = []
  if (grant.length) parts.push(`made ${grant.map((user) => user.email).join(', ')} Administrator`)
  if (missing.length)
    parts.push(`no user with email ${missing.join(', ')} (nothing granted for it; sign up first)`)
  return parts.length ? `manufacturingPlugin administrators: ${parts.join('; ')}` : undefined
}
