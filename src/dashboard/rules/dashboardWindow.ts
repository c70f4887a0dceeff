/** How many days the dashboard looks ahead at most, today included. */
export const maxDays = 14
/** Today and the next two days unless the user asks for more. */
export const defaultDays = 3

const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** The start of a day as a timestamp: the boundary every date filter uses (`[from, to)`). */
export const startOf = (day: string): string => `${day}T00:00:00.000Z`

/** The number of days asked for (`?days=`), whole and within 1..maxDays; the default otherwise. */
export function daysAsked(value: unknown): number {
  const days = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10)
  if (!Number.isInteger(days) || days < 1) return defaultDays
  return Math.min(days, maxDays)
}

/**
 * The days the dashboard shows, as `[from, to)` and one by one: today and the `days - 1` after
 * it, in UTC days as production dates are stored.
 */
export function dayWindow(
  today: string,
  days: number,
): { days: string[]; from: string; to: string } {
  const count = daysAsked(days)
  return {
    days: Array.from({ length: count }, (_, i) => plusDays(today, i)),
    from: today,
    to: plusDays(today, count),
  }
}

/**
 * Late: its day is before today and it is not done. A document without a day (an order with no
 * deadline) is never late.
 */
export function isLate(day: null | string | undefined, done: boolean, today: string): boolean {
  return Boolean(day) && !done && day!.slice(0, 10) < today
}
