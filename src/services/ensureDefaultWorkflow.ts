import type { Payload } from 'payload'

/** The workflow a fresh install starts with; admins rename, recolor, reorder and extend it. */
export const defaultStatuses = [
  { color: 'gray', icon: 'clipboard', name: 'Plan' },
  { color: 'blue', icon: 'play', name: 'In Progress' },
  { color: 'green', icon: 'check', name: 'Completed' },
] as const

/**
 * Creates Plan → In Progress → Completed when there are no statuses yet. The general rules left
 * empty fall back to deducting at In Progress and adding at Completed (see `rulesOf`).
 */
export async function ensureDefaultWorkflow(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'production-statuses' })
  if (totalDocs > 0) return
  for (const status of defaultStatuses) {
    await payload.create({ collection: 'production-statuses', data: status })
  }
}
