import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { selectExecutions } from '../selectExecutions'
import { loadWorkflow } from '../../workflow/workflow'

/**
 * Moves every selected execution to a status, each through the ordinary update so its rules
 * post, all in one transaction: if one cannot move (no stock, no finalize, locked), none does and
 * the error names it. `previewExecutionsTransition` shows the same moves beforehand.
 */
export const changeExecutionsStatus = defineAction<
  { ids: number[]; status: number },
  { moved: string[] }
>({
  args: { ids: 'JSON!', status: 'Int!' },
  costs: {},
  description: 'update executions',
  name: 'changeExecutionsStatus',
  permission: 'executions.update',
  perform: async (req, args) => {
    const selected = await selectExecutions(req, args.ids, 'ids', { lock: true })
    const { order } = await loadWorkflow(req)
    if (!order.includes(args.status))
      throw invalid('status', `no production status with id ${args.status}`)
    const moved: string[] = []
    for (const execution of selected) {
      if (execution.status === args.status) continue
      try {
        await req.payload.update({
          collection: 'executions',
          data: { status: args.status },
          id: execution.id,
          overrideAccess: false,
          req,
          user: req.user,
        })
      } catch (error) {
        // The whole action fails; say which execution stopped it.
        if (error instanceof Error) error.message = `${execution.code}: ${error.message}`
        throw error
      }
      moved.push(execution.code)
    }
    return { moved }
  },
})
