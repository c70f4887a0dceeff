import { defineAction } from '../../platform/defineAction'
import { conflict } from '../../platform/errors'
import { loadReservations, releaseReservations } from '../../workflow/reservations'
import { refuseClosed, type RequisitionAnswer } from '../requisitions'
import { onFloor } from '../rules/requisitionLots'
import {
  finishRequisitionStep,
  lockFollowedRequisition,
  requisitionPostingKey,
} from '../requisitionSteps'

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
    const requisition = await lockFollowedRequisition(req, args.requisition)
    refuseClosed(requisition, 'cancelled')
    const stillOnFloor = (requisition.lines ?? []).some((line) =>
      (line.lots ?? []).some((row) => onFloor(row).gt(0)),
    )
    if (stillOnFloor)
      throw conflict(
        `${requisition.code} has stock on the floor: return it to the store before cancelling.`,
      )
    const ref = { collection: 'material-requisitions', id: requisition.id }
    const held = await loadReservations(req, ref)
    await releaseReservations(
      req,
      ref,
      held,
      await requisitionPostingKey(req, requisition, 'cancel'),
    )
    for (const line of requisition.lines ?? [])
      for (const row of line.lots ?? []) row.returned = row.picked
    return finishRequisitionStep(req, requisition, { cancelled: true, settle: false })
  },
})
