import { refuseForbiddenChanges } from '../../workflow/hooks/refuseForbiddenChanges'

/**
 * The workflow's guards on an execution (see statusChangeProblems: a completed one is locked and
 * leaves the final status only by reopenExecution), and on an update: moving the date needs
 * move-date. Changing the recipe needs override-recipe (see refuseRecipeOverride on
 * the fields that decide what is consumed and produced).
 */
export const refuseForbiddenExecutionChanges = refuseForbiddenChanges({
  codeOf: (originalDoc) => (originalDoc?.code as string | undefined) ?? 'This execution',
  dateField: 'productionDate',
  finalize: 'executions.finalize',
  moveDate: { action: 'move executions to another date', permission: 'executions.moveDate' },
  needsProducedQuantity: true,
  reopen: 'executions.reopen',
  table: 'executions',
})
