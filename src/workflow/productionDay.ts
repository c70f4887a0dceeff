import { parseDay as readDay } from '../platform/rules/calendarDay'
import { invalid } from '../platform/errors'

/** The calendar day (UTC) of a stored date. */
export const dayOf = (value: string): string => new Date(value).toISOString().slice(0, 10)

/** The day of a date value that may be empty, for comparing an update with the stored one. */
export const dayOfValue = (value: unknown): null | string => (value ? dayOf(String(value)) : null)

/** Today's day. */
export const today = (): string => new Date().toISOString().slice(0, 10)

/** A day from the request, as YYYY-MM-DD, refused (400 naming `path`) when it is not one. */
export function parseDay(value: unknown, path: string): string {
  const day = readDay(value)
  if (!day.ok) throw invalid(path, day.message)
  return day.day
}
