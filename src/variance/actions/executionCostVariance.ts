import { defineAction } from '../../platform/defineAction'

import {
  costRules,
  type CostVarianceView,
  executionComparison,
  readable,
  viewOf,
} from '../costComparison'

/**
 * `executionCostVariance`: an execution's planned material cost (its requirements at today's
 * current cost) beside what its rules consumed, per unit of what it produced, and the variance.
 */
export const executionCostVariance = defineAction<{ id: number }, CostVarianceView>({
  args: { id: 'Int!' },
  costs: costRules('executions.viewCosts'),
  description: 'view executions',
  kind: 'query',
  name: 'executionCostVariance',
  permission: 'executions.view',
  perform: async (req, args) =>
    viewOf(await executionComparison(req, await readable(req, 'executions', 'id', args.id))),
})
