import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The demo's Next.js app lives in demo/ (the plugin is src/), so the workspace root,
// where node_modules, payload.config.ts and the plugin's src/ are, is one level up.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export default withPayload(
  {
    outputFileTracingRoot: root,
    turbopack: { root },
    // Type errors are caught by `npm run typecheck` (part of the test command), once.
    typescript: { ignoreBuildErrors: true, tsconfigPath: '../tsconfig.json' },
  },
  { devBundleServerPackages: false },
)
