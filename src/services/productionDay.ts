import { invalid } from '../ledger/errors'

/** The calendar day (UTC) of a stored date. */
export const dayOf = (value: string): string => new Date(value).toISOString().slice(0, 10)

/** Noon UTC keeps the day the same in every time zone the admin shows it in. */
export const dateOnDay = (day: string): string => `${day}T12:00:00.000Z`

/** Today's day. */
export const today = (): string => new Date().toISOString().slice(0, 10)

/** A day from the request, as YYYY-MM-DD, refused (400 naming `path`) when it is not one. */
export function parseDay(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw invalid(path, 'must be a day as YYYY-MM-DD')
  const day = new Date(`${value}T00:00:00.000Z`)
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw invalid(path, `${value} is not a day of the calendar`)
  return value
}
