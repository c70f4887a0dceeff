import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '../support/testDatabase'
import { testPayload } from '../support/testPayload'

describe('committed migrations', () => {
  it('describe exactly the schema the collections need', async () => {
    const { payload } = await testPayload()
    const db = payload.db as any
    // The same comparison `payload migrate:create` makes: the newest committed snapshot against
    // the schema the current collections produce. Any statement means a migration is missing.
    const dir = path.join(projectRoot, 'demo/migrations')
    const newest = readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    expect(newest, 'no migration committed').toBeDefined()
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const committed = JSON.parse(readFileSync(path.join(dir, newest!), 'utf8'))
    const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(
      statements,
      'collections and migrations disagree: run `npm run migrate:create -- <name>`',
    ).toEqual([])
  })

  it('are all applied to the database the suite runs on', async () => {
    const { payload } = await testPayload()
    const { docs } = await payload.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
    })
    const files = readdirSync(path.join(projectRoot, 'demo/migrations')).filter((f) =>
      f.endsWith('.json'),
    )
    expect(docs.map((d) => d.name).sort()).toEqual(
      files.map((f) => f.replace(/\.json$/, '')).sort(),
    )
  })
})
