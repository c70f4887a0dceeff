import { type Decimal, zero } from '../../platform/rules/decimal'

/** What a production run records at a stage: what went in, what came out, what was lost. */
export const entryKinds = ['input', 'output', 'waste', 'rejection', 'scrap'] as const
export type EntryKind = (typeof entryKinds)[number]

export const lossKinds = ['waste', 'rejection', 'scrap'] as const
export type LossKind = (typeof lossKinds)[number]

export const isLossKind = (kind: unknown): kind is LossKind =>
  (lossKinds as readonly unknown[]).includes(kind)

export type SummaryEntry = {
  kind: EntryKind
  quantity: Decimal
  /** A reversing entry counts against the entry it undoes, so the pair adds up to nothing. */
  reversal: boolean
  /** The stage's id in its process. */
  stage: string
  /** The stage's name when the entry was recorded. */
  stageName: string
  unit: string
}

export type StageTotals = {
  inputs: Decimal
  losses: Decimal
  outputs: Decimal
  rejection: Decimal
  scrap: Decimal
  /** inputs − outputs − losses: what the stage took in and nobody has accounted for (yet). */
  unaccounted: Decimal
  waste: Decimal
}

type StageHeader = {
  /** Recorded entries, reversals included. */
  entries: number
  name: string
  /** The stage was removed from the process; its entries keep the name they were recorded under. */
  removed: boolean
  stage: string
}

export type StageSummary =
  | (StageHeader & { ok: true; totals: StageTotals; unit: null | string })
  | (StageHeader & { code: 'mixed_units'; ok: false; units: string[] })

export type RunSummary = {
  stages: StageSummary[]
  /** Per unit over every stage that adds up (a stage with mixed units is left out). */
  totals: (StageTotals & { unit: string })[]
}

const emptyTotals = (): StageTotals => ({
  inputs: zero,
  losses: zero,
  outputs: zero,
  rejection: zero,
  scrap: zero,
  unaccounted: zero,
  waste: zero,
})

const bucket: Record<EntryKind, 'inputs' | 'outputs' | LossKind> = {
  input: 'inputs',
  output: 'outputs',
  rejection: 'rejection',
  scrap: 'scrap',
  waste: 'waste',
}

/** Adds one more entry's signed quantity, keeping losses and unaccounted consistent. */
function add(totals: StageTotals, entry: SummaryEntry): StageTotals {
  const signed = entry.reversal ? entry.quantity.neg() : entry.quantity
  const next = { ...totals, [bucket[entry.kind]]: totals[bucket[entry.kind]].plus(signed) }
  const losses = next.waste.plus(next.rejection).plus(next.scrap)
  return { ...next, losses, unaccounted: next.inputs.minus(next.outputs).minus(losses) }
}

const sumTotals = (a: StageTotals, b: StageTotals): StageTotals => ({
  inputs: a.inputs.plus(b.inputs),
  losses: a.losses.plus(b.losses),
  outputs: a.outputs.plus(b.outputs),
  rejection: a.rejection.plus(b.rejection),
  scrap: a.scrap.plus(b.scrap),
  unaccounted: a.unaccounted.plus(b.unaccounted),
  waste: a.waste.plus(b.waste),
})

/**
 * The stage summary of a run: per stage, in the process's order, total inputs, outputs, waste,
 * rejection and scrap and the unaccounted difference, in the stage's unit. Quantities in
 * different units are never added: a stage whose entries mix units is refused (`mixed_units`,
 * naming them) rather than summed into a meaningless figure. Stages removed from the process
 * after entries were recorded follow, under the name they had.
 */
export function summarizeStages(input: {
  entries: readonly SummaryEntry[]
  stages: readonly { id: string; name: string }[]
}): RunSummary {
  const byStage = new Map<string, SummaryEntry[]>()
  for (const entry of input.entries) {
    byStage.set(entry.stage, [...(byStage.get(entry.stage) ?? []), entry])
  }
  const known = new Set(input.stages.map((stage) => stage.id))
  const removed = [...byStage.keys()].filter((stage) => !known.has(stage))
  const headers: StageHeader[] = [
    ...input.stages.map((stage) => ({
      entries: byStage.get(stage.id)?.length ?? 0,
      name: stage.name,
      removed: false,
      stage: stage.id,
    })),
    ...removed.map((stage) => ({
      entries: byStage.get(stage)!.length,
      name: byStage.get(stage)!.at(-1)!.stageName,
      removed: true,
      stage,
    })),
  ]
  const stages = headers.map((header): StageSummary => {
    const entries = byStage.get(header.stage) ?? []
    const units = [...new Set(entries.map((entry) => entry.unit))]
    if (units.length > 1) return { ...header, code: 'mixed_units', ok: false, units }
    return {
      ...header,
      ok: true,
      totals: entries.reduce(add, emptyTotals()),
      unit: units[0] ?? null,
    }
  })
  const totals = new Map<string, StageTotals>()
  for (const stage of stages) {
    if (!stage.ok || stage.unit === null) continue
    totals.set(stage.unit, sumTotals(totals.get(stage.unit) ?? emptyTotals(), stage.totals))
  }
  return { stages, totals: [...totals].map(([unit, figures]) => ({ ...figures, unit })) }
}
