/** The quick date filters of the executions list, in the order the list shows them. */
export const dateFilters = [
  'yesterday',
  'today',
  'tomorrow',
  'this_week',
  'next_week',
  'this_month',
] as const
export type DateFilter = (typeof dateFilters)[number]

export const dateFilterLabels: Record<DateFilter, string> = {
  next_week: 'Next Week',
  this_month: 'This Month',
  this_week: 'This Week',
  today: 'Today',
  tomorrow: 'Tomorrow',
  yesterday: 'Yesterday',
}

const day = (date: Date) => date.toISOString().slice(0, 10)
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000)

/**
 * The days a filter covers, as `[from, to)` in `YYYY-MM-DD`, relative to `today` (a UTC day, as
 * production dates are stored). Weeks start on Monday.
 */
export function dateFilterRange(filter: DateFilter, today: string): { from: string; to: string } {
  const base = new Date(`${today}T00:00:00.000Z`)
  const monday = plusDays(base, -((base.getUTCDay() + 6) % 7))
  switch (filter) {
    case 'yesterday':
      return { from: day(plusDays(base, -1)), to: today }
    case 'today':
      return { from: today, to: day(plusDays(base, 1)) }
    case 'tomorrow':
      return { from: day(plusDays(base, 1)), to: day(plusDays(base, 2)) }
    case 'this_week':
      return { from: day(monday), to: day(plusDays(monday, 7)) }
    case 'next_week':
      return { from: day(plusDays(monday, 7)), to: day(plusDays(monday, 14)) }
    case 'this_month': {
      const first = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), 1))
      const next = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + 1, 1))
      return { from: day(first), to: day(next) }
    }
  }
}
