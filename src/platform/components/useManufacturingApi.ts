'use client'
import { useConfig } from '@payloadcms/ui'
import { useCallback } from 'react'

import { fetchJson } from './fetchJson'

/** The app's REST base URL, and a caller of the plugin's actions as the signed-in user. */
export function useManufacturingApi() {
  const { config } = useConfig()
  const apiURL = `${config.serverURL}${config.routes.api}`
  const adminURL = `${config.serverURL}${config.routes.admin}`
  const action = useCallback(
    <T>(name: string, args: Record<string, unknown>) =>
      fetchJson<T>(`${apiURL}/manufacturing/${name}`, { json: args, method: 'POST' }),
    [apiURL],
  )
  return { action, adminURL, apiURL }
}
