import type { Flow } from './lotTrace'

/** A movement of `lot` into (`in`) or out of (`out`) production for the document `event`. */
export const flow = (event: string, lot: number, side: Flow['side'], quantity: string): Flow => ({
  event,
  item: lot * 10,
  lot,
  quantity,
  side,
})

/** What one document used and made, by lot: `made('executions:1', { 1: '6' }, { 2: '5' })`. */
export const made = (
  event: string,
  used: Record<number, string>,
  out: Record<number, string> = {},
): Flow[] => [
  ...Object.entries(used).map(([lot, quantity]) => flow(event, Number(lot), 'in', quantity)),
  ...Object.entries(out).map(([lot, quantity]) => flow(event, Number(lot), 'out', quantity)),
]

/**
 * A kitchen: tomato lot 1 makes sauce lot 2 (executions:1); the sauce goes into pizza lot 3
 * (executions:2, with flour lot 5) and lasagna lot 4 (manufacturing-orders:7).
 */
export const kitchen: Flow[] = [
  ...made('executions:1', { 1: '6' }, { 2: '5' }),
  ...made('executions:2', { 2: '2', 5: '3' }, { 3: '4' }),
  ...made('manufacturing-orders:7', { 2: '1.5' }, { 4: '3' }),
]
