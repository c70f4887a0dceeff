import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../platform/idOf'

/**
 * What was received is history: a received line keeps its item and unit cost, and its quantity
 * cannot drop below what arrived; nor can such a line be removed.
 */
export const refuseEditingReceivedLines: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !originalDoc || !Array.isArray(data.lines)) return data
  for (const before of originalDoc.lines ?? []) {
    const received = Number(before.receivedQuantity ?? 0)
    if (received <= 0) continue
    const index = data.lines.findIndex((line: { id?: string }) => line.id === before.id)
    const after = data.lines[index]
    const at = `lines[${index < 0 ? (originalDoc.lines ?? []).indexOf(before) : index}]`
    if (!after)
      throw new APIError(
        `${at}: the line of ${received} already received cannot be removed.`,
        400,
        null,
        true,
      )
    if (
      idOf(after.item) !== idOf(before.item) ||
      Number(after.unitCost) !== Number(before.unitCost)
    ) {
      throw new APIError(
        `${at}: item and unit cost of a line already received cannot change.`,
        400,
        null,
        true,
      )
    }
    if (Number(after.quantity) < received) {
      throw new APIError(
        `${at}.quantity: cannot be less than the ${received} already received.`,
        400,
        null,
        true,
      )
    }
  }
  return data
}
