import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const alias = { '@payload-config': path.join(root, 'payload.config.ts') }

// One command runs all three levels: unit (pure code, seconds), integration (real PostgreSQL
// through the Local API and the real REST/GraphQL route handlers) and e2e (the built admin in
// Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        root,
        test: {
          include: ['src/**/*.spec.ts', 'test/unit/**/*.test.ts'],
          name: 'unit',
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        root,
        test: {
          fileParallelism: false,
          globalSetup: ['test/integration/globalSetup.ts'],
          hookTimeout: 120_000,
          include: ['test/integration/**/*.test.ts'],
          name: 'integration',
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        root,
        test: {
          fileParallelism: false,
          globalSetup: ['test/e2e/globalSetup.ts'],
          hookTimeout: 120_000,
          include: ['test/e2e/**/*.test.ts'],
          name: 'e2e',
          testTimeout: 120_000,
        },
      },
    ],
  },
})
