import { defineAction } from '../../platform/defineAction'
import { selectExecutions } from '../selectExecutions'
import { loadWorkflow } from '../../workflow/workflow'

type Result = { deleted: string[]; refused: { code: string; reason: string }[] }

/**
 * Deletes the selected executions that are still in the first status (reversing whatever their
 * rules posted) and lists the others as refused, in one transaction.
 */
export const deleteExecutions = defineAction<{ ids: number[] }, Result>({
  args: { ids: 'JSON!' },
  costs: {},
  description: 'delete executions',
  name: 'deleteExecutions',
  permission: 'executions.delete',
  perform: async (req, args) => {
    const selected = await selectExecutions(req, args.ids, 'ids', { lock: true })
    const [initial] = (await loadWorkflow(req)).statuses
    const result: Result = { deleted: [], refused: [] }
    for (const execution of selected) {
      if (execution.status !== initial!.id) {
        result.refused.push({
          code: execution.code,
          reason: `is ${execution.statusName}: only production in ${initial!.name} can be deleted`,
        })
        continue
      }
      await req.payload.delete({
        collection: 'executions',
        id: execution.id,
        overrideAccess: false,
        req,
        user: req.user,
      })
      result.deleted.push(execution.code)
    }
    return result
  },
})
