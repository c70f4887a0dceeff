import { dateOnDay, parseDay } from '../../platform/rules/calendarDay'
import { parseDecimal, problemText } from '../../platform/rules/decimal'

export type ExecutionUpdate = { id: number; plannedQuantity?: unknown; productionDate?: unknown }
export type UpdateData = { plannedQuantity?: number; productionDate?: string }
type Problem = { message: string; path: string }

/** One update's new quantity and date, read; a value that is wrong is a problem at its field. */
function readUpdate(update: ExecutionUpdate, index: number, problems: Problem[]) {
  const at = (field: string) => `updates[${index}].${field}`
  const data: UpdateData = {}
  if (update?.plannedQuantity !== undefined && update.plannedQuantity !== null) {
    const quantity = parseDecimal(update.plannedQuantity, 'positive')
    if (quantity.ok) data.plannedQuantity = Number(quantity.value.toFixed())
    else problems.push({ message: problemText[quantity.problem], path: at('plannedQuantity') })
  }
  if (update?.productionDate !== undefined && update.productionDate !== null) {
    const day = parseDay(update.productionDate)
    if (day.ok) data.productionDate = dateOnDay(day.day)
    else problems.push({ message: day.message, path: at('productionDate') })
  }
  if (Object.keys(data).length === 0 && problems.length === 0)
    problems.push({ message: 'give a plannedQuantity, a productionDate or both', path: at('id') })
  return { data, id: update?.id }
}

/**
 * The changes a list of updates asks, each execution's own data, and every problem with them:
 * a wrong value, an update that changes nothing, an execution listed twice.
 */
export function readExecutionUpdates(updates: readonly ExecutionUpdate[]): {
  changes: { data: UpdateData; id: number }[]
  problems: Problem[]
} {
  const problems: Problem[] = []
  const changes = updates.map((update, index) => readUpdate(update, index, problems))
  changes.forEach((change, index) => {
    if (changes.findIndex((c) => c.id === change.id) < index)
      problems.push({ message: 'names an execution already listed', path: `updates[${index}].id` })
  })
  return { changes, problems }
}

/** Why an execution that consumed at status `at` keeps its planned quantity. */
export const consumedRefusal = (sku: string, at: string): string =>
  `consumed ${sku} at ${at}: move it back before ${at} to change its quantity`
