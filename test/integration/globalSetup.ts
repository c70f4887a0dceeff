import type { TestProject } from 'vitest/node'

import { startTestDatabase } from '../support/testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
  }
}

export default async function setup(project: TestProject) {
  const { databaseUri, teardown } = await startTestDatabase('integration', 55432)
  project.provide('databaseUri', databaseUri)
  return teardown
}
