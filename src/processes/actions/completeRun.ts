import { query, sql, transactionDb } from '../../platform/transactionDb'
import { defineAction } from '../../platform/defineAction'
import { lockRun } from '../openRun'

type Result = {
  code: string
  completedAt: string
  id: number
  replayed: boolean
  status: 'completed'
}

/**
 * Completes a run: from then on it is locked (nothing is recorded, reversed or edited). Needs the
 * finalize permission; completing a completed run answers what it was completed with.
 */
export const completeRun = defineAction<{ run: number }, Result>({
  args: { run: 'Int!' },
  costs: {},
  description: 'complete production runs',
  name: 'completeRun',
  permission: 'productionRuns.finalize',
  perform: async (req, args) => {
    const run = await lockRun(req, args.run)
    const code = run.code ?? String(run.id)
    if (run.status === 'completed')
      return {
        code,
        completedAt: run.completedAt!,
        id: run.id,
        replayed: true,
        status: 'completed',
      }
    const completedAt = new Date().toISOString()
    // Written here only: the run's hooks refuse status and completion from requests.
    await query(
      await transactionDb(req),
      sql`update production_runs
          set status = ${'completed'}::enum_production_runs_status, completed_at = ${completedAt}, updated_at = now()
          where id = ${run.id}`,
    )
    return { code, completedAt, id: run.id, replayed: false, status: 'completed' }
  },
})
