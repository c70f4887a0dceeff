/**
 * Gives one existing user the Administrator role, from the app's directory:
 *
 *   npx payload run node_modules/payload-plugin-manufacturing/dist/access/scripts/grantAdministrator.js owner@example.com
 *
 * The way in for a site whose users existed before the plugin. It loads the app's Payload config
 * as the `payload` CLI finds it, grants the role to that user alone and exits 0; an email with no
 * user exits 1 having changed nothing.
 */
import { pathToFileURL } from 'node:url'
import { getPayload, type SanitizedConfig } from 'payload'
import { findConfig } from 'payload/node'

import { grantAdministrators, usersCollectionWithRoles } from '../grantAdministrators'

const script = 'node_modules/payload-plugin-manufacturing/dist/access/scripts/grantAdministrator.js'
const email = String(process.argv[2] ?? '')
  .trim()
  .toLowerCase()

if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
  console.error(`Usage: npx payload run ${script} <email of an existing user>`)
  process.exit(1)
}

const imported = await import(pathToFileURL(findConfig()).href)
const config = (await (imported.default ?? imported)) as SanitizedConfig
const payload = await getPayload({ config })
const users = usersCollectionWithRoles(payload)
const { already, grant } = await grantAdministrators(payload, users, [email])
await payload.destroy()

if (grant.length) console.log(`${email} is now an Administrator.`)
else if (already.length) console.log(`${email} is already an Administrator: nothing changed.`)
else {
  console.error(
    `No user with email ${email} in "${users}": nothing was granted. Check the spelling, or sign up with that email first, then run this again.`,
  )
  process.exit(1)
}
