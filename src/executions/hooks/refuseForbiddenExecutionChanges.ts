import type { CollectionBeforeChangeHook } from 'payload'

import { demandPermission } from '../../access/demandPermission'
import { guardStatusChange } from '../../workflow/guardStatusChange'
import { dayOfValue } from '../../workflow/productionDay'

/**
 * The workflow's guards on an execution (see statusChangeProblems), and on an update: moving the
 * date needs move-date. Changing the recipe needs override-recipe (see refuseRecipeOverride on
 * the fields that decide what is consumed and produced).
 */
export const refuseForbiddenExecutionChanges: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  await guardStatusChange(req, {
    code: originalDoc?.code ?? 'This execution',
    data,
    finalize: 'executions.finalize',
    needsProducedQuantity: true,
    operation,
    originalDoc,
    table: 'executions',
  })
  // Calls without a user are the app's own (seed, jobs) and run with full rights.
  if (operation === 'update' && req.user) {
    if (
      'productionDate' in data &&
      dayOfValue(data.productionDate) !== dayOfValue(originalDoc?.productionDate)
    )
      await demandPermission(req, 'executions.moveDate', 'move executions to another date')
  }
  return data
}
