import { postingKeyOf } from '../../platform/rules/idempotency'

/** The posting that recorded an output row: its key names the order and the row. */
export const outputPostingKey = (order: number, row: string) =>
  postingKeyOf('manufacturing-orders', order, `output/${row}`)

/** The line of that posting that produced the row's lot (a reversal undoes that line). */
export const outputLineOf = (row: string) => `output:${row}`
