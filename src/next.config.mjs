import { withPayload } from '@payloadcms/next/withPayload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// The Next.js app lives in src/ (the package's top level is the plugin's), so the workspace root,
// where node_modules, payload.config.ts and the plugin's folders are, is one level up.
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
