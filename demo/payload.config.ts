import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { consoleEmail } from './consoleEmail'
import { migrations } from './migrations/index'
import { databasePoolOptionsFromEnv } from '../src/platform/databasePool'
import { databasePool, manufacturingPlugin } from '../src/index'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The runnable demo app. `npm run dev` starts it on an embedded PostgreSQL and sets
 * DATABASE_URI; set DATABASE_URI yourself to use any other PostgreSQL.
 */
export default buildConfig({
  admin: {
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    meta: { titleSuffix: ' · Payload Manufacturing' },
  },
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: databasePool(databasePoolOptionsFromEnv(process.env)),
    prodMigrations: migrations,
    // Only `npm run dev` pushes the schema (it sets PAYLOAD_DB_PUSH); every other command (seed,
    // verify:ledger, migrate, start, the tests) works on the committed migrations' schema.
    push: process.env.PAYLOAD_DB_PUSH === 'true',
  }),
  editor: lexicalEditor(),
  // Sent purchase orders are written to the console: the demo delivers no mail.
  email: consoleEmail,
  plugins: [manufacturingPlugin()],
  secret: process.env.PAYLOAD_SECRET || 'payload-manufacturing-demo-secret',
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, '../src/payload-types.ts') },
})
