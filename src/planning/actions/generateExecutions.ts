import { defineAction } from '../../platform/defineAction'
import { documentId } from '../../platform/parseInput'
import { type GenerateResult, generatePlanExecutions } from '../generatePlanExecutions'

type Args = { id: number }

/** "Generate executions" for a production plan. */
export const generateExecutions = defineAction<Args, GenerateResult>({
  args: { id: 'Int!' },
  costs: {},
  description: 'generate executions from a production plan',
  name: 'generateExecutions',
  permission: 'executions.create',
  perform: (req, args) =>
    generatePlanExecutions(req, documentId(args.id, 'id', 'a production plan')),
})
