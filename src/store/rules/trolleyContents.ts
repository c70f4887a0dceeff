import { type Decimal, minDecimal, zero } from '../../platform/rules/decimal'

export type TrolleyLine = { item: number; lot: number; quantity: Decimal; requisition: number }
/** A requisition line: the requirements it serves, each with its share, first link first. */
export type ServedLine = {
  item: number
  links: { execution: number; quantity: Decimal }[]
  requisition: number
}
/** What waits on a trolley for one execution (null: for no execution the lines name). */
export type TrolleyGroup = { execution: null | number; lines: TrolleyLine[] }

/**
 * A trolley's lines grouped by the execution each serves: each requisition line's quantity on
 * the trolley shared over the requirements it serves, first link first (as supply statuses
 * share it), lot by lot in the trolley's order; lots of one item merged within a group.
 */
export function trolleyByExecution(
  lines: readonly TrolleyLine[],
  served: readonly ServedLine[],
): TrolleyGroup[] {
  const capacity = new Map(
    served.map((line) => [
      `${line.requisition}:${line.item}`,
      line.links.map((link) => ({ ...link })),
    ]),
  )
  const groups: TrolleyGroup[] = []
  const add = (execution: null | number, line: TrolleyLine, quantity: Decimal) => {
    let group = groups.find((g) => g.execution === execution)
    if (!group) groups.push((group = { execution, lines: [] }))
    const same = group.lines.find((l) => l.item === line.item && l.lot === line.lot)
    if (same) same.quantity = same.quantity.plus(quantity)
    else group.lines.push({ ...line, quantity })
  }
  for (const line of lines) {
    let left = line.quantity
    for (const link of capacity.get(`${line.requisition}:${line.item}`) ?? []) {
      if (left.lte(zero)) break
      if (link.quantity.lte(zero)) continue
      const take = minDecimal(left, link.quantity)
      link.quantity = link.quantity.minus(take)
      left = left.minus(take)
      add(link.execution, line, take)
    }
    if (left.gt(zero)) add(null, line, left)
  }
  return groups
}
