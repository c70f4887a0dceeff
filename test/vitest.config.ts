import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// The package's own name means its sources here, as tsconfig.json's paths say for tsc and Next
// (its exports point at the compiled dist/ that hosts install).
const alias = [
  { find: '@payload-config', replacement: path.join(root, 'demo/payload.config.ts') },
  { find: /^payload-plugin-manufacturing$/, replacement: path.join(root, 'src/index.ts') },
  {
    find: /^payload-plugin-manufacturing\/(client|rsc)$/,
    replacement: path.join(root, 'src/$1.ts'),
  },
]

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
      {
        resolve: { alias },
        root,
        // The packed plugin installed into an app of its own and built with next build: run after
        // the other projects, so its install and build do not compete with them for the CPU.
        test: {
          sequence: { groupOrder: 1 },
          include: ['test/host-app.test.ts'],
          name: 'host',
          testTimeout: 1_800_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
