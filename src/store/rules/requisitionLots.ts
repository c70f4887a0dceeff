import type { Decimal } from '../../platform/rules/decimal'
import { decimalOf } from '../../platform/rules/decimal'

/** One lot's row on a requisition line: how much of it each store step has moved. */
export type LotColumns = {
  issued?: null | number
  picked?: null | number
  returned?: null | number
  staged?: null | number
}
export type LotColumn = keyof LotColumns

export const lotQuantity = (row: LotColumns, field: LotColumn): Decimal => decimalOf(row[field])
