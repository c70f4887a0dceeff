import type { CollectionAfterChangeHook } from 'payload'

import { json, query, sql, transactionDb } from '../../platform/transactionDb'

/**
 * A run shows its current stage by name: when a confirmed rename changes that stage's name, the
 * runs at it show the new one. (Entries keep the name they were recorded under.)
 */
export const renameCurrentStageOfRuns: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const stages = (doc.stages ?? []).map((stage: { id: string; name: string }) => ({
    id: stage.id,
    name: stage.name,
  }))
  await query(
    await transactionDb(req),
    sql`update production_runs r set current_stage_name = s.name
        from jsonb_to_recordset(${json(stages)}) as s(id text, name text)
        where r.process_id = ${doc.id} and r.current_stage = s.id
          and r.current_stage_name is distinct from s.name`,
  )
  return doc
}
