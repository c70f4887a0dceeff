import type { Flow } from './lotTrace'

/** A movement of `lot` into (`in`) or out of (`out`) production for the document `event`. */
export const flow = (event: string, lot: number, side: Flow['side'], quantity: string): Flow => ({
  event,
  item: lot * 10,
  lot,
  quantity,
  side,
})

/**
 * A kitchen: tomato lot 1 makes sauce lot 2 (executions:1); the sauce goes into pizza lot 3
 * (executions:2, with flour lot 5) and lasagna lot 4 (manufacturing-orders:7).
 */
export const kitchen: Flow[] = [
  flow('executions:1', 1, 'in', '6'),
  flow('executions:1', 2, 'out', '5'),
  flow('executions:2', 2, 'in', '2'),
  flow('executions:2', 5, 'in', '3'),
  flow('executions:2', 3, 'out', '4'),
  flow('manufacturing-orders:7', 2, 'in', '1.5'),
  flow('manufacturing-orders:7', 4, 'out', '3'),
]
