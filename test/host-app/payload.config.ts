import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { Pages } from './collections/Pages'
import { Users } from './collections/Users'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A Payload app of its own, with its own users, pages and migrations, before the plugin: the
// host-app test runs it like this first, then adds the plugin as the README says.
export default buildConfig({
  admin: { importMap: { baseDir: dirname }, user: Users.slug },
  collections: [Users, Pages],
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: { connectionString: process.env.DATABASE_URI },
    prodMigrations: migrations,
    push: false,
  }),
  plugins: [],
  secret: process.env.PAYLOAD_SECRET || 'host-app-secret',
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
