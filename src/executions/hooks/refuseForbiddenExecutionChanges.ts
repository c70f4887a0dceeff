import type { CollectionBeforeChangeHook } from 'payload'

import { demandPermission } from '../../access/demandPermission'
import { guardStatusChange } from '../../workflow/guardStatusChange'
import { refOf } from '../../platform/idOf'
import { dayOfValue } from '../productionDay'

/**
 * The workflow's guards on an execution (see statusChangeProblems), and on an update: moving the
 * date needs move-date and changing the recipe needs override-recipe.
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
      await demandPermission(req, 'executions.moveDate', 'move production to another date')
    if ('bom' in data && refOf(data.bom) !== refOf(originalDoc?.bom))
      await demandPermission(req, 'executions.overrideRecipe', "change an execution's recipe")
  }
  return data
}
