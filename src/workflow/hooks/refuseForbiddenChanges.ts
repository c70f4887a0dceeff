import type { CollectionBeforeChangeHook } from 'payload'

import { demandPermission } from '../../access/demandPermission'
import type { PermissionKey } from '../../access/permissions'
import { guardStatusChange } from '../guardStatusChange'
import { dayOfValue } from '../productionDay'

/**
 * The hook guarding a production document's saves: the workflow's guards (see guardStatusChange),
 * and on a user's update, another day in `dateField` needs the `moveDate` permission.
 */
export const refuseForbiddenChanges =
  (document: {
    codeOf: (originalDoc: Record<string, unknown> | undefined) => string
    dateField: string
    finalize: PermissionKey
    moveDate: { action: string; permission: PermissionKey }
    needsProducedQuantity: boolean
    /** Only reopening, with this permission, takes the document out of the final status. */
    reopen?: PermissionKey
    table: 'executions' | 'manufacturing_orders'
  }): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    await guardStatusChange(req, {
      code: document.codeOf(originalDoc),
      data,
      finalize: document.finalize,
      needsProducedQuantity: document.needsProducedQuantity,
      operation,
      originalDoc,
      reopen: document.reopen,
      table: document.table,
    })
    // Calls without a user are the app's own (seed, jobs) and run with full rights.
    if (operation === 'update' && req.user) {
      const field = document.dateField
      if (field in data && dayOfValue(data[field]) !== dayOfValue(originalDoc?.[field]))
        await demandPermission(req, document.moveDate.permission, document.moveDate.action)
    }
    return data
  }
