import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'
import type { Decimal } from '../platform/rules/decimal'
import { dateOnDay } from '../platform/rules/calendarDay'
import { errorOfLine } from '../platform/errorOfLine'
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

/** A requested line ready to create: its recipe, product and quantity, where, when, in what status. */
type LineExecution = Omit<ExecutionLineInput, 'floor'> & {
  at: (field: string) => string
  bom: number
  floor: number
  product: number
  quantity: Decimal
  status: number
}

/**
 * Creates the execution of one requested line as the user (their access applies), with `more`
 * (where it came from); a refusal of the save names the line's field through `line.at`.
 */
export const createLineExecution = (
  req: PayloadRequest,
  line: LineExecution,
  more: Partial<Execution> = {},
): Promise<Execution> =>
  req.payload
    .create({
      collection: 'executions',
      data: {
        ...more,
        bom: line.bom,
        plannedQuantity: Number(line.quantity.toFixed()),
        producedQuantity: line.produced ? Number(line.produced.toFixed()) : undefined,
        product: line.product,
        productionDate: dateOnDay(line.day),
        productionFloor: line.floor,
        status: line.status,
      },
      depth: 0,
      overrideAccess: false,
      req,
      user: req.user,
    })
    .catch((error: unknown) => {
      throw errorOfLine(error, line.at)
    })
