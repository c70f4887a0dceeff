import { runSeed } from '../../demo/seed/runSeed'
import { apiClient } from './apiClient'
import { testPayload } from './testPayload'

export type SeededApp = {
  admin: string
  api: ReturnType<typeof apiClient>
  config: Awaited<ReturnType<typeof testPayload>>['config']
  payload: Awaited<ReturnType<typeof testPayload>>['payload']
}

/** The app on the suite's database with the demo factory seeded and an administrator's token. */
export async function seededApp(): Promise<SeededApp> {
  const { config, payload } = await testPayload()
  const api = apiClient(config)
  await runSeed(payload)
  return { admin: await api.login('admin@example.com', 'admin'), api, config, payload }
}
