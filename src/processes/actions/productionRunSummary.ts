import Big from 'big.js'

import type { EntryKind, StageTotals } from '../rules/stageSummary'
import { summarizeStages } from '../rules/stageSummary'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { defineAction } from '../../platform/defineAction'
import { findDocument, processOf, stagesOf } from '../openRun'

const figures = (totals: StageTotals) =>
  Object.fromEntries(
    Object.entries(totals).map(([name, value]) => [name, value.toFixed()]),
  ) as Record<keyof StageTotals, string>

/**
 * The stage summary of a run, as the run's page shows it: per stage (in the process's order)
 * and unit, inputs, outputs, waste, rejection, scrap and unaccounted (inputs − outputs −
 * losses), exact decimals as strings; a stage whose entries mix units is `ok: false`.
 */
export const productionRunSummary = defineAction({
  args: { run: 'Int!' },
  costs: {},
  description: 'view production runs',
  kind: 'query',
  name: 'productionRunSummary',
  permission: 'productionRuns.view',
  perform: async (req, args: { run: number }) => {
    const run = await findDocument(req, 'production-runs', args.run, 'run', 'a production run')
    const id = run.id
    const process = await processOf(req, run)
    const rows = await query<{
      kind: EntryKind
      quantity: string
      reverses_id: null | number
      stage: string
      stage_name: string
      unit: string
    }>(
      await transactionDb(req),
      sql`select stage, stage_name, kind::text as kind, quantity::text as quantity, unit, reverses_id
          from production_run_entries where run_id = ${run.id} order by id`,
    )
    const summary = summarizeStages({
      entries: rows.map((row) => ({
        kind: row.kind,
        quantity: new Big(row.quantity),
        reversal: row.reverses_id !== null,
        stage: row.stage,
        stageName: row.stage_name,
        unit: row.unit,
      })),
      stages: stagesOf(process),
    })
    return {
      code: run.code,
      id: run.id,
      process: { id: process.id, name: process.name },
      stages: summary.stages.map((stage) =>
        stage.ok ? { ...stage, totals: figures(stage.totals) } : stage,
      ),
      status: run.status,
      totals: summary.totals.map(({ unit, ...totals }) => ({ ...figures(totals), unit })),
    }
  },
})

/** What productionRunSummary answers (the admin's summary and history read it). */
export type RunSummaryView = Awaited<ReturnType<typeof productionRunSummary.perform>>
