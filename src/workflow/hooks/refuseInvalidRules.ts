import type { GlobalBeforeChangeHook } from 'payload'

import { actionLabels, generalRuleFields } from '../rules/ruleFields'
import { checkRules } from '../rules/planTransition'
import { invalid } from '../../platform/errors'
import { rulesOf, statusesInOrder } from '../workflow'

/**
 * Rules must name existing statuses, and a conditional rule must fall strictly before its
 * action's general rule: one at or after it would never move anything.
 */
export const refuseInvalidRules: GlobalBeforeChangeHook = async ({ data, req }) => {
  const docs = await statusesInOrder(req)
  if (docs.length === 0) return data
  const order = docs.map((status) => status.id)
  const nameOf = (id: number) => docs.find((status) => status.id === id)?.name ?? `#${id}`
  const rules = rulesOf(data, order)
  const [problem] = checkRules(order, rules)
  if (!problem) return data
  if (problem.index === null) {
    const action = Object.entries(rules.general).find(([, status]) => !order.includes(status))
    const field = action ? generalRuleFields[action[0] as keyof typeof generalRuleFields] : ''
    throw invalid(`rules.${field}`, 'no such production status')
  }
  const rule = rules.conditional[problem.index]!
  const path = `conditionalRules[${problem.index}].status`
  if (problem.code === 'unknown_status') throw invalid(path, 'no such production status')
  throw invalid(
    path,
    `"${actionLabels[rule.action]}" for these categories must happen strictly before ${nameOf(rules.general[rule.action])}, where the general rule already does it; ${nameOf(rule.status)} is not before it`,
  )
}
