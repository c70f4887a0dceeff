import type { Decimal } from '../../platform/rules/decimal'
import { decimalOf } from '../../platform/rules/decimal'

/** One lot's row on a requisition line: how much of it each store step has moved. */
export type LotColumns = {
  consumed?: null | number
  issued?: null | number
  picked?: null | number
  returned?: null | number
  staged?: null | number
}
export type LotColumn = keyof LotColumns

export const lotQuantity = (row: LotColumns, field: LotColumn): Decimal => decimalOf(row[field])

/** Issued to the floor and neither back in store nor consumed there: still held on the floor. */
export const onFloor = (row: LotColumns): Decimal =>
  lotQuantity(row, 'issued').minus(lotQuantity(row, 'returned')).minus(lotQuantity(row, 'consumed'))
