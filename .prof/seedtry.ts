import { startTestDatabase, migratedEnv } from '/work/main/test/support/testDatabase'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
const { databaseUri, teardown } = await startTestDatabase('seedtry', 55470)
try {
  const r = await promisify(execFile)('/work/main/node_modules/.bin/tsx', ['src/cli/seed.ts'], { cwd: '/work/main', env: migratedEnv(databaseUri) })
  console.log('OK', r.stdout.slice(-300))
} catch (e: any) { console.log('FAIL', e.code, e.stdout?.slice(-2000), e.stderr?.slice(-3000)) }
await teardown()
process.exit(0)
