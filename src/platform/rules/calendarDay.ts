/**
 * A production day as `YYYY-MM-DD`, checked against the calendar (2026-02-30 is refused), or
 * why it is not one.
 */
export function parseDay(
  input: unknown,
): { day: string; ok: true } | { message: string; ok: false } {
  if (typeof input !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(input.trim()))
    return { message: 'must be a day as YYYY-MM-DD', ok: false }
  const day = input.trim()
  const date = new Date(`${day}T00:00:00.000Z`)
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day)
    return { message: `${day} is not a day of the calendar`, ok: false }
  return { day, ok: true }
}

/** The stored timestamp of a day: noon UTC keeps the day the same in every time zone the admin shows it in. */
export const dateOnDay = (day: string): string => `${day}T12:00:00.000Z`
