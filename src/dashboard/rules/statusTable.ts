/** A count of documents in one status on one day, as the database groups them. */
export type StatusDayCount = { count: number; day: string; status: number | string }

export type StatusRow<S> = {
  status: S
  /** Per day of the window, in its order. */
  perDay: number[]
  total: number
}

/**
 * Counts grouped by status and day laid out as a table: one row per status in workflow order
 * (every status, so the table keeps its shape), one column per day of the window. Counts for a
 * status or day outside them are left out.
 */
export function statusTable<S extends { id: number | string }>(
  statuses: readonly S[],
  days: readonly string[],
  counts: readonly StatusDayCount[],
): StatusRow<S>[] {
  const column = new Map(days.map((day, i) => [day, i]))
  return statuses.map((status) => {
    const perDay = days.map(() => 0)
    for (const row of counts) {
      const i = column.get(row.day)
      if (String(row.status) === String(status.id) && i !== undefined) perDay[i]! += row.count
    }
    return { perDay, status, total: perDay.reduce((a, b) => a + b, 0) }
  })
}
