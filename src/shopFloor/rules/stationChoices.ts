import Big from 'big.js'

import { type Decimal, decimalOf, minDecimal } from '../../platform/rules/decimal'

/** What a stage records: what went in, what came out, what was lost. */
export type RecordKind = 'inputs' | 'losses' | 'outputs'

type Entry = { item: number; kind: string; stage: string }

/**
 * The items a stage offers first as large buttons, most likely first: for inputs, what the run
 * already took in and then what holds stock at the run's floor; for outputs, the run's product
 * and what the run already gave out; for losses, only what this stage took in (a loss is part
 * of what the stage consumed: the server refuses anything else).
 */
export function offeredItems(args: {
  entries: readonly Entry[]
  kind: RecordKind
  product: null | number
  stage: string
  stocked: readonly number[]
}): number[] {
  const { entries, kind, stage } = args
  const ofKind = (kinds: string[], here = false) =>
    entries.filter((e) => kinds.includes(e.kind) && (!here || e.stage === stage)).map((e) => e.item)
  const ordered =
    kind === 'inputs'
      ? [...ofKind(['input']), ...args.stocked]
      : kind === 'outputs'
        ? [...(args.product ? [args.product] : []), ...ofKind(['output'])]
        : ofKind(['input'], true)
  return [...new Set(ordered)]
}

/**
 * The stage an operator works at: the one they moved to (kept on the device) when it is still a
 * stage of the process, else the run's current stage (the furthest with entries), else the first.
 */
export function stageToWork(
  stages: readonly { id: string }[],
  current: null | string | undefined,
  chosen: null | string | undefined,
): null | string {
  const known = (id: null | string | undefined) => Boolean(id && stages.some((s) => s.id === id))
  if (known(chosen)) return chosen!
  if (known(current)) return current!
  return stages[0]?.id ?? null
}

/** The stage after `stage`, or null at the last. */
export function nextStage<S extends { id: string }>(stages: readonly S[], stage: null | string) {
  const index = stages.findIndex((s) => s.id === stage)
  return index >= 0 && index + 1 < stages.length ? stages[index + 1]! : null
}

export type IngredientLine = {
  actualOverride?: null | number | string
  backflushedQuantity?: null | number | string
  id: string
  item: number
  pickedQuantity?: null | number | string
  plannedQuantity?: null | number | string
  sku: string
}

/** What an ingredient line still needs picked: its target less what was picked or consumed. */
export function stillToPick(line: IngredientLine): Decimal {
  const target =
    line.actualOverride === null || line.actualOverride === undefined
      ? decimalOf(line.plannedQuantity)
      : decimalOf(line.actualOverride)
  const open = target
    .minus(decimalOf(line.pickedQuantity))
    .minus(decimalOf(line.backflushedQuantity))
  return open.gt(0) ? open : new Big(0)
}

export type ScannedLot = { code: string; itemId: number; lotId: number }
export type OfferedLot = { available: string; code: string; id: number; item: number }

export type LotPick =
  | { ingredient: IngredientLine; lot: number; ok: true; quantity: string }
  | { ok: false; reason: string }

/**
 * What a scanned lot picks: the line of its item still to pick (the one the operator is on
 * first), as much as the line needs and the lot holds at the order's floor; otherwise why not,
 * in words an operator can act on.
 */
export function lotPickFor(args: {
  current?: null | string
  lines: readonly IngredientLine[]
  lots: readonly OfferedLot[]
  order: string
  scanned: ScannedLot
}): LotPick {
  const { scanned } = args
  const ofItem = args.lines.filter((line) => line.item === scanned.itemId)
  if (ofItem.length === 0)
    return {
      ok: false,
      reason: `Lot ${scanned.code} is not of an ingredient of ${args.order}: nothing was picked.`,
    }
  const open = ofItem.filter((line) => stillToPick(line).gt(0))
  const line = open.find((l) => l.id === args.current) ?? open[0]
  if (!line)
    return {
      ok: false,
      reason: `${ofItem[0]!.sku} is already picked in full on ${args.order}: nothing was picked.`,
    }
  const offered = args.lots.find((lot) => lot.id === scanned.lotId)
  const available = offered ? decimalOf(offered.available) : new Big(0)
  if (available.lte(0))
    return {
      ok: false,
      reason: `Lot ${scanned.code} has nothing free to pick at this order’s floor: nothing was picked.`,
    }
  return {
    ingredient: line,
    lot: scanned.lotId,
    ok: true,
    quantity: minDecimal(stillToPick(line), available).toFixed(),
  }
}
