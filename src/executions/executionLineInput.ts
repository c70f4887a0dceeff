import type { Decimal } from '../platform/rules/decimal'
import { invalid } from '../platform/errors'
import { parseDay, today } from '../workflow/productionDay'
import { optionalId, positiveQuantity } from '../platform/parseInput'
import type { Workflow } from '../workflow/workflow'

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/** Where, when and (for production created done) how much came out, for one requested line. */
export type ExecutionLineInput = {
  day: string
  floor: number | undefined
  produced: Decimal | null
}

/** The per-line choices of a request creating executions, refused naming `at(field)`. */
export function executionLineInput(
  line: Record<string, unknown>,
  at: (field: string) => string,
): ExecutionLineInput {
  return {
    day: given(line.productionDate) ? parseDay(line.productionDate, at('productionDate')) : today(),
    floor: optionalId(line.productionFloor, at('productionFloor'), 'a production floor'),
    produced: given(line.producedQuantity)
      ? positiveQuantity(line.producedQuantity, at('producedQuantity'))
      : null,
  }
}

/**
 * New production starts in the settings' default status. When that is the last status (done),
 * each execution is created complete, so its produced quantity must be known: a line without it
 * is refused by name before anything is created, instead of the save refusing a nameless field.
 */
export function requireProducedWhenDone(
  workflow: Workflow,
  lines: readonly { at: (field: string) => string; produced: Decimal | null }[],
): void {
  if (workflow.defaultStatus !== workflow.terminal) return
  const name = workflow.statuses.find((s) => s.id === workflow.terminal)?.name ?? 'the last status'
  for (const line of lines)
    if (!line.produced)
      throw invalid(
        line.at('producedQuantity'),
        `enter the quantity produced: new production is created ${name}`,
      )
}
