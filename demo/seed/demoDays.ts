/**
 * Days counted from the day the seed runs (UTC), so the demo's recent work is recent whenever it
 * is installed: `demoDay(-3)` is three days ago, as YYYY-MM-DD.
 */
export function demoDay(offset: number, from: Date = new Date()): string {
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()))
  day.setUTCDate(day.getUTCDate() + offset)
  return day.toISOString().slice(0, 10)
}

/** Noon (UTC) of `demoDay(offset)`: a deadline or a date-time field on that day. */
export const demoNoon = (offset: number): string => `${demoDay(offset)}T12:00:00.000Z`
