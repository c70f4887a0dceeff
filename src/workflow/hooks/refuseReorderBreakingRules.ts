import type { CollectionBeforeChangeHook } from 'payload'

import { checkRules } from '../rules/planTransition'
import { conflict } from '../../platform/errors'
import { loadWorkflow, statusesInOrder } from '../workflow'

/**
 * Dragging a status is refused when the new order would put a conditional rule at or after its
 * general rule (it would silently stop doing anything): the admin changes the rule first.
 */
export const refuseReorderBreakingRules: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !data._order || data._order === originalDoc?._order) return data
  const workflow = await loadWorkflow(req)
  const docs = await statusesInOrder(req)
  const keyOf = (status: { _order?: unknown; id: unknown }) =>
    String(status.id === originalDoc.id ? data._order : status._order)
  // Fractional-index keys compare by code unit, as Postgres compares them with collate "C".
  const order = [...docs]
    .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0))
    .map((status) => status.id)
  const [problem] = checkRules(order, workflow.rules)
  if (problem?.code === 'conditional_not_before_general') {
    const rule = workflow.rules.conditional[problem.index!]!
    const name = (id: number) => workflow.statuses.find((s) => s.id === id)?.name
    throw conflict(
      `Moving ${originalDoc.name} there would put conditional rule ${problem.index! + 1} (at ${name(rule.status)}) at or after the general rule's ${name(workflow.rules.general[rule.action])}; change the rules in the production settings first.`,
    )
  }
  return data
}
