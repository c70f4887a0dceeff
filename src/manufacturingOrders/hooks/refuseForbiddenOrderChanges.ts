import { refuseForbiddenChanges } from '../../workflow/hooks/refuseForbiddenChanges'

/**
 * The workflow's guards on an order (see statusChangeProblems; a done order is locked), and on an
 * update: another deadline needs move-date. Another product or recipe needs override-recipe (see
 * refuseRecipeOverride on the fields that decide what is consumed and produced).
 */
export const refuseForbiddenOrderChanges = refuseForbiddenChanges({
  codeOf: (originalDoc) => (originalDoc?.orderNumber as string | undefined) ?? 'This order',
  dateField: 'deadline',
  finalize: 'manufacturingOrders.finalize',
  moveDate: { action: 'move an order to another date', permission: 'manufacturingOrders.moveDate' },
  needsProducedQuantity: false,
  table: 'manufacturing_orders',
})
