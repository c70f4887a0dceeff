import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import { databasePool, manufacturingPlugin } from 'payload-plugin-manufacturing'

import { Pages } from './collections/Pages'
import { Users } from './collections/Users'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// A Payload app of its own that installs the plugin as the README says.
export default buildConfig({
  admin: { importMap: { baseDir: dirname }, user: Users.slug },
  collections: [Users, Pages],
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: databasePool({ connectionString: process.env.DATABASE_URI }),
    push: false,
  }),
  plugins: [manufacturingPlugin()],
  secret: process.env.PAYLOAD_SECRET || 'host-app-secret',
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
