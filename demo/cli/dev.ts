import { StartupError } from '../embedded-postgres/StartupError'
import { portInUse } from '../embedded-postgres/freePort'
import { runWithDatabase } from './runWithDatabase'

// `npm run dev`: database up (embedded unless DATABASE_URI), schema pushed and the demo factory
// seeded, then the admin at http://localhost:PORT/admin.
const port = Number(process.env.PORT || 3000)
// The one command that pushes the development schema (see payload.config.ts): its seed and app.
process.env.PAYLOAD_DB_PUSH = 'true'

await runWithDatabase(
  [
    ['tsx', 'demo/cli/seed.ts'],
    ['next', 'dev', 'demo', '--port', String(port)],
  ],
  async () => {
    if (await portInUse(port)) {
      throw new StartupError(
        `Port ${port} is already in use (is the app already running?): stop what uses it, or start with PORT=${port + 1} npm run dev.`,
      )
    }
    console.log(`[manufacturing] Starting: the admin will be at http://localhost:${port}/admin`)
  },
)
