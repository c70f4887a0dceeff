import type { PayloadRequest } from 'payload'

import { json, query, sql, transactionDb } from '../platform/transactionDb'

export type StageUsage = {
  /** Per stage id: its recorded entries and the runs they belong to. */
  byStage: Map<string, { entries: number; runs: number }>
  /** Distinct runs with entries at any of the stages asked about (all stages when none). */
  runs: number
}

/** How much recorded history hangs on a process's stages: what renaming or removing them touches. */
export async function stageUsage(
  req: PayloadRequest,
  process: number | string,
  stages?: readonly string[],
): Promise<StageUsage> {
  const db = await transactionDb(req)
  const rows = await query<{ entries: number; runs: number; stage: string }>(
    db,
    sql`select stage, count(*)::int as entries, count(distinct run_id)::int as runs
        from production_run_entries where process_id = ${Number(process)} group by stage`,
  )
  const [total] = await query<{ runs: number }>(
    db,
    sql`select count(distinct run_id)::int as runs from production_run_entries
        where process_id = ${Number(process)}
          ${stages ? sql`and stage in (select jsonb_array_elements_text(${json(stages)}))` : sql``}`,
  )
  return {
    byStage: new Map(rows.map((row) => [row.stage, { entries: row.entries, runs: row.runs }])),
    runs: total?.runs ?? 0,
  }
}
