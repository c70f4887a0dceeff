import type { TaskConfig } from 'payload'

import { generatePlanExecutions } from './generatePlanExecutions'
import { inTransaction } from '../platform/inTransaction'

/** Progress is written at most this often: a plan of thousands of executions writes a few dozen. */
const progressEvery = 200

/**
 * Generates a large plan's executions on the jobs queue. The generation runs in a transaction of
 * its own, so it writes all or nothing; progress goes to the plan in separate short writes
 * (without `req`, deliberately), so the admin sees it while the generation is still uncommitted.
 * Re-running the task after a failure is safe: generating is idempotent.
 */
export const generateExecutionsTask: TaskConfig<{
  input: { plan: number }
  output: { created: number; notChanged: number; updated: number }
}> = {
  slug: 'generateExecutions',
  handler: async ({ input, req }) => {
    const progress = (generation: Record<string, unknown>) =>
      req.payload.update({
        collection: 'production-plans',
        data: { generation },
        id: input.plan,
        overrideAccess: true,
      })
    await progress({ done: 0, message: null, state: 'running', total: null })
    try {
      const result = await inTransaction(req, () =>
        generatePlanExecutions(req, input.plan, async (done, total) => {
          if (done % progressEvery === 0) await progress({ done, state: 'running', total })
        }),
      )
      const summary = `${result.created.length} created, ${result.updated.length} updated, ${result.notChanged.length} already started`
      await progress({ done: null, message: summary, state: 'done', total: null })
      return {
        output: {
          created: result.created.length,
          notChanged: result.notChanged.length,
          updated: result.updated.length,
        },
      }
    } catch (error) {
      await progress({ message: (error as Error).message, state: 'failed' })
      throw error
    }
  },
  inputSchema: [{ name: 'plan', type: 'number', required: true }],
  outputSchema: [
    { name: 'created', type: 'number', required: true },
    { name: 'updated', type: 'number', required: true },
    { name: 'notChanged', type: 'number', required: true },
  ],
  retries: 0,
}
