/** A sales order's line as the choice is checked against it: its id and the item it orders. */
export type OrderLine = { id: string; item: number }

export type SalesOrderLineChoice = {
  /** The sales order's lines, or null when no such order exists. */
  lines: null | readonly OrderLine[]
  /** The sales order's number, to name it. */
  number: string
  product: null | number
  salesOrder: null | number
  salesOrderLine: null | string
}

/**
 * What is wrong with the sales order line an execution says it makes: an order goes with the
 * line of it being made, and a line with its order; the line must be the order's own and order
 * the execution's product. Null when the choice holds (or names no order at all).
 */
export function salesOrderLineProblem(
  choice: SalesOrderLineChoice,
): null | { field: 'salesOrder' | 'salesOrderLine'; message: string } {
  const { lines, number, product, salesOrder, salesOrderLine } = choice
  if (salesOrder === null)
    return salesOrderLine === null
      ? null
      : { field: 'salesOrder', message: 'choose the sales order that salesOrderLine belongs to' }
  if (lines === null)
    return { field: 'salesOrder', message: `no sales order with id ${salesOrder}` }
  if (salesOrderLine === null)
    return { field: 'salesOrderLine', message: `choose the line of ${number} this execution makes` }
  const line = lines.find((l) => l.id === salesOrderLine)
  if (!line) return { field: 'salesOrderLine', message: `${number} has no line ${salesOrderLine}` }
  if (product !== null && line.item !== product)
    return {
      field: 'salesOrderLine',
      message: `that line of ${number} orders another item than this execution's product`,
    }
  return null
}
