import { dateOnDay } from '../../platform/rules/calendarDay'
import { defineAction } from '../../platform/defineAction'
import { selectExecutions } from '../selectExecutions'
import { parseDay } from '../../workflow/productionDay'
import { loadWorkflow } from '../../workflow/workflow'

type Result = { moved: string[]; refused: { code: string; reason: string }[] }

/**
 * Moves the selected executions to another production date; those in the terminal status are
 * locked and listed as refused. One transaction: every move or, on an error, none.
 */
export const moveExecutionsDate = defineAction<{ date: string; ids: number[] }, Result>({
  args: { date: 'String!', ids: 'JSON!' },
  costs: {},
  description: 'move executions to another date',
  name: 'moveExecutionsDate',
  permission: 'executions.moveDate',
  perform: async (req, args) => {
    const day = parseDay(args.date, 'date')
    const selected = await selectExecutions(req, args.ids, 'ids', { lock: true })
    const { statuses, terminal } = await loadWorkflow(req)
    const done = statuses.find((s) => s.id === terminal)!.name
    const result: Result = { moved: [], refused: [] }
    for (const execution of selected) {
      if (execution.status === terminal) {
        result.refused.push({ code: execution.code, reason: `is ${done} and locked` })
        continue
      }
      await req.payload.update({
        collection: 'executions',
        data: { productionDate: dateOnDay(day) },
        id: execution.id,
        overrideAccess: false,
        req,
        user: req.user,
      })
      result.moved.push(execution.code)
    }
    return result
  },
})
