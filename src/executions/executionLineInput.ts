import type { Decimal } from '../platform/rules/decimal'
import { parseDay, today } from '../workflow/productionDay'
import { optionalId, positiveQuantity } from '../platform/parseInput'
import type { Workflow } from '../workflow/workflow'

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/** Where, when and (when given) how much came out, for one requested line. */
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

/** New production starts in the settings' default status: is that the last status (done)? */
export const startsDone = (workflow: Workflow): boolean =>
  workflow.defaultStatus === workflow.terminal
