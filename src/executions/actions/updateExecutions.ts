import { demandPermission } from '../../access/demandPermission'
import { dateOnDay, parseDay } from '../../platform/rules/calendarDay'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { invalid, invalidEach } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { selectExecutions } from '../selectExecutions'
import { loadStatusPostings } from '../../workflow/statusPostings'
import { loadWorkflow } from '../../workflow/workflow'

type Update = { id: number; plannedQuantity?: unknown; productionDate?: unknown }
type Result = { refused: { code: string; reason: string }[]; updated: string[] }

/**
 * `updateExecutions`: new planned quantities and production dates for several executions, each
 * its own. Completed ones are locked, and one that already consumed materials keeps its quantity
 * (its requirements were posted): those are listed as refused. The rest change in one
 * transaction, through the collection, so requirements rescale and reservations follow.
 */
export const updateExecutions = defineAction<{ updates: Update[] }, Result>({
  args: { updates: 'JSON!' },
  costs: {},
  description: 'update executions',
  name: 'updateExecutions',
  permission: 'executions.update',
  perform: async (req, args) => {
    if (!Array.isArray(args.updates) || args.updates.length === 0)
      throw invalid(
        'updates',
        'list the executions to update as { id, plannedQuantity, productionDate }',
      )
    const problems: { message: string; path: string }[] = []
    const changes = args.updates.map((update, index) => {
      const at = (field: string) => `updates[${index}].${field}`
      const data: { plannedQuantity?: number; productionDate?: string } = {}
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
        problems.push({
          message: 'give a plannedQuantity, a productionDate or both',
          path: at('id'),
        })
      return { data, id: update?.id }
    })
    changes.forEach((change, index) => {
      if (changes.findIndex((c) => c.id === change.id) < index)
        problems.push({
          message: 'names an execution already listed',
          path: `updates[${index}].id`,
        })
    })
    if (problems.length > 0) throw invalidEach(problems)
    if (changes.some((c) => c.data.productionDate))
      await demandPermission(req, 'executions.moveDate', 'move executions to another date')
    const selected = await selectExecutions(
      req,
      changes.map((c) => c.id),
      'ids',
      { lock: true },
    )
    const { statuses, terminal } = await loadWorkflow(req)
    const done = statuses.find((s) => s.id === terminal)!.name
    const result: Result = { refused: [], updated: [] }
    const dataOf = new Map(changes.map((change) => [change.id, change.data]))
    for (const execution of selected) {
      const data = dataOf.get(execution.id)!
      if (execution.status === terminal) {
        result.refused.push({ code: execution.code, reason: `is ${done} and locked` })
        continue
      }
      if (
        data.plannedQuantity !== undefined &&
        data.plannedQuantity !== execution.doc.plannedQuantity
      ) {
        const consumed = (await loadStatusPostings(req, 'executions', execution.id)).find(
          (p) => p.action !== 'add_products',
        )
        if (consumed) {
          const at = statuses.find((s) => s.id === consumed.dueAt)?.name ?? 'an earlier status'
          result.refused.push({
            code: execution.code,
            reason: `consumed ${consumed.sku} at ${at}: move it back before ${at} to change its quantity`,
          })
          continue
        }
      }
      await req.payload.update({
        collection: 'executions',
        data,
        id: execution.id,
        overrideAccess: false,
        req,
        user: req.user,
      })
      result.updated.push(execution.code)
    }
    return result
  },
})
