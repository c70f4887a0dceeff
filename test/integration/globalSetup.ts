import type { TestProject } from 'vitest/node'

import { startTestDatabase } from '../support/testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
  }
}

export default async function setup(project: TestProject) {
  const { databaseUri, teardown } = await startTestDatabase(
    'integration',
    Number(process.env.INTEGRATION_DATABASE_PORT) || 55432,
  )
  project.provide('databaseUri', databaseUri)
  return teardown
}
