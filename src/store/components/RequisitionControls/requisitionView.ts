import type { Item, Location, Lot, MaterialRequisition } from '../../../payload-types'
import { decimalOf } from '../../../platform/rules/decimal'
import { isClosedRequisition } from '../../rules/requisitionLines'

export type ViewLine = NonNullable<MaterialRequisition['lines']>[number]

const net = (line: ViewLine, a: keyof ViewLine, b: keyof ViewLine) =>
  Number(decimalOf(line[a]).minus(decimalOf(line[b])).toFixed())

/** Still to pick: what the line asks, less what is picked and not returned. */
export const openOf = (line: ViewLine) =>
  Number(
    decimalOf(line.requiredQuantity)
      .minus(decimalOf(line.pickedQuantity))
      .plus(decimalOf(line.returnedQuantity))
      .toFixed(),
  )
/** Picked and not issued yet: held at the store. */
export const heldOf = (line: ViewLine) => net(line, 'pickedQuantity', 'issuedQuantity')
/** Issued and neither returned nor consumed: on the floor. */
export const onFloorOf = (line: ViewLine) =>
  Number(
    decimalOf(net(line, 'issuedQuantity', 'returnedQuantity'))
      .minus(decimalOf(line.consumedQuantity))
      .toFixed(),
  )
/** On the floor and on no trolley yet. */
export const unstagedOf = (line: ViewLine) =>
  Number(decimalOf(onFloorOf(line)).minus(decimalOf(line.stagedQuantity)).toFixed())

export const isClosed = (requisition: MaterialRequisition) => isClosedRequisition(requisition.state)

const asItem = (value: unknown) => (value && typeof value === 'object' ? (value as Item) : null)

/** An item as people read it: SKU and name when readable, else its id. */
export function itemLabel(value: unknown): string {
  const item = asItem(value)
  return item ? `${item.sku} · ${item.name}` : `Item #${String(value)}`
}
export const unitOf = (value: unknown) => asItem(value)?.unit ?? ''

export const locationName = (value: unknown) =>
  value && typeof value === 'object' ? (value as Location).name : `#${String(value)}`

export const lotCode = (value: unknown) =>
  value && typeof value === 'object' ? (value as Lot).code : `#${String(value)}`

export const idOfRef = (value: unknown): number =>
  value && typeof value === 'object' ? (value as { id: number }).id : (value as number)

/** What each of the store's dialogs on a requisition is given. */
export type RequisitionDialogProps = {
  apiURL: string
  onClose: () => void
  onDone: () => void
  requisition: MaterialRequisition
}
