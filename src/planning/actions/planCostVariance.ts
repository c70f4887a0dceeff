import { sumFigures } from '../../variance/rules/costVariance'
import { readableId } from '../../platform/findByIds'
import {
  type CostVarianceView,
  costRules,
  executionComparison,
  readableExecution,
  viewOf,
} from '../../variance/costComparison'
import { defineAction } from '../../platform/defineAction'

export type PlanCostVarianceView = CostVarianceView & {
  /** Each execution that makes a planned line, with its own planned, actual and variance. */
  executions: ({ code: string; id: number; title: string } & Omit<CostVarianceView, 'lines'>)[]
}

/**
 * `planCostVariance`: a production plan's planned cost beside its actual cost and the variance,
 * over the executions that make its lines (those no other execution of the plan consumes). A
 * sub-recipe's cost reaches the plan through them: planned as the sub-assembly at its current
 * cost, actual as the lots its own execution made, once consumed; counting the sub-assembly's
 * execution as well would count its materials twice.
 */
export const planCostVariance = defineAction<{ plan: number }, PlanCostVarianceView>({
  args: { plan: 'Int!' },
  costs: costRules('executions.viewCosts'),
  description: 'view production plans',
  kind: 'query',
  name: 'planCostVariance',
  permission: 'productionPlans.view',
  perform: async (req, args) => {
    await readableId(req, 'production-plans', args.plan, 'plan', 'a production plan')
    const { docs } = await req.payload.find({
      collection: 'executions',
      depth: 0,
      pagination: false,
      req,
      select: { code: true, parents: true },
      sort: 'id',
      where: { plan: { equals: args.plan } },
    })
    const planned = docs.filter((execution) => (execution.parents ?? []).length === 0)
    const comparisons = []
    for (const { id } of planned) {
      const execution = await readableExecution(req, 'plan', id)
      comparisons.push({
        code: execution.code ?? String(id),
        id,
        title: execution.title ?? execution.code ?? String(id),
        ...(await executionComparison(req, execution)),
      })
    }
    const total = viewOf({
      actual: sumFigures(comparisons.map((c) => c.actual)),
      lines: comparisons.flatMap((c) => c.lines),
      planned: sumFigures(comparisons.map((c) => c.planned)),
    })
    return {
      ...total,
      executions: comparisons.map(({ code, id, title, ...comparison }) => {
        const { lines: _lines, ...figures } = viewOf(comparison)
        return { code, id, title, ...figures }
      }),
    }
  },
})
