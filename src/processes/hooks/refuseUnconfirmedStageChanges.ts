import type { CollectionBeforeChangeHook } from 'payload'

import { invalid } from '../../platform/errors'
import { stageUsage } from '../stageUsage'

type StageRow = { id?: null | string; name?: null | string }

const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`
const entries = (n: number) => `${n} recorded entr${n === 1 ? 'y' : 'ies'}`

/**
 * Adding stages is free; renaming or removing a stage that runs recorded entries at changes how
 * their history reads, so it needs `confirm: true` (the "Confirm stage changes" checkbox). The
 * refusal names the stages and how many runs and entries they carry. Entries keep the name they
 * were recorded under either way.
 */
export const refuseUnconfirmedStageChanges: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc || !Array.isArray(data.stages)) return data
  const after = new Map(
    (data.stages as StageRow[]).flatMap((row) =>
      row?.id ? [[String(row.id), String(row.name ?? '')] as const] : [],
    ),
  )
  const changed = ((originalDoc.stages ?? []) as StageRow[]).flatMap((stage) => {
    const name = after.get(String(stage.id))
    if (name === undefined) return [{ id: String(stage.id), text: `removing "${stage.name}"` }]
    if (name !== stage.name)
      return [{ id: String(stage.id), text: `renaming "${stage.name}" to "${name}"` }]
    return []
  })
  if (changed.length === 0 || data.confirm === true || data.confirm === 'true') return data
  const usage = await stageUsage(
    req,
    originalDoc.id,
    changed.map((change) => change.id),
  )
  const recorded = changed.filter((change) => usage.byStage.get(change.id)?.entries)
  if (recorded.length === 0) return data
  const recordedEntries = recorded.reduce((n, c) => n + usage.byStage.get(c.id)!.entries, 0)
  throw invalid(
    'confirm',
    `${recorded.map((change) => change.text).join(' and ')} affects ${runs(usage.runs)} and ${entries(recordedEntries)}; their entries keep the stage name they were recorded under. Confirm the stage changes (confirm: true) to save.`,
  )
}
