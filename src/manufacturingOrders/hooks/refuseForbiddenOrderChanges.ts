import type { CollectionBeforeChangeHook } from 'payload'

import { demandPermission } from '../../access/demandPermission'
import { guardStatusChange } from '../../workflow/guardStatusChange'
import { dayOfValue } from '../../workflow/productionDay'

/**
 * The workflow's guards on an order (see statusChangeProblems; a done order is locked), and on an
 * update: another deadline needs move-date. Another product or recipe needs override-recipe (see
 * refuseRecipeOverride on the fields that decide what is consumed and produced).
 */
export const refuseForbiddenOrderChanges: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  await guardStatusChange(req, {
    code: originalDoc?.orderNumber ?? 'This order',
    data,
    finalize: 'manufacturingOrders.finalize',
    needsProducedQuantity: false,
    operation,
    originalDoc,
    table: 'manufacturing_orders',
  })
  if (operation === 'update' && req.user) {
    if ('deadline' in data && dayOfValue(data.deadline) !== dayOfValue(originalDoc?.deadline))
      await demandPermission(req, 'manufacturingOrders.moveDate', 'move an order to another date')
  }
  return data
}
