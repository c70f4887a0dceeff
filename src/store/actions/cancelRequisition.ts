import { defineAction } from '../../platform/defineAction'
import { conflict } from '../../platform/errors'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { loadReservations, releaseReservations } from '../../workflow/reservations'
import {
  lockRequisition,
  lotQuantity,
  postingCount,
  refuseClosed,
  requisitionAnswer,
  type RequisitionAnswer,
  saveRequisition,
  servedExecutions,
} from '../requisitions'
import { refreshSupplyStatus } from '../supplyStatus'

/**
 * `cancelRequisition`: withdraws a requisition. What was picked is released at the store, lot by
 * lot, through the ledger. Stock already issued to the floor must come back first (returnToStore).
 */
export const cancelRequisition = defineAction<{ requisition: unknown }, RequisitionAnswer>({
  args: { requisition: 'Int!' },
  costs: {},
  description: 'cancel requisitions',
  name: 'cancelRequisition',
  permission: 'requisitions.manage',
  perform: async (req, args) => {
    const requisition = await lockRequisition(req, args.requisition)
    refuseClosed(requisition, 'cancelled')
    const onFloor = (requisition.lines ?? []).some((line) =>
      (line.lots ?? []).some((row) =>
        lotQuantity(row, 'issued').minus(lotQuantity(row, 'returned')).gt(0),
      ),
    )
    if (onFloor)
      throw conflict(
        `${requisition.code} has stock on the floor: return it to the store before cancelling.`,
      )
    const ref = { collection: 'material-requisitions', id: requisition.id }
    const held = await loadReservations(req, ref)
    await releaseReservations(
      req,
      ref,
      held,
      postingKeyOf(
        'material-requisitions',
        requisition.id,
        `cancel/${await postingCount(req, requisition.id)}`,
      ),
    )
    for (const line of requisition.lines ?? [])
      for (const row of line.lots ?? []) row.returned = row.picked
    const saved = await saveRequisition(req, requisition, { cancelled: true })
    await refreshSupplyStatus(req, servedExecutions(saved))
    return requisitionAnswer(saved)
  },
})
