import { type DateFilter, dateFilterRange } from '../../rules/dateFilters'

/**
 * Payload's list reads its filter from the URL's `where`: the quick filters build that `where` as
 * `where[and][n]…` pairs, one condition each, in the order they are added.
 */
export function whereAnd() {
  const pairs: [string, string][] = []
  let n = 0
  return {
    /** One condition: `where[and][n]<path>=<value>`. */
    add(path: string, value: string) {
      pairs.push([`where[and][${n++}]${path}`, value])
    },
    /** One condition met by any of the paths: `where[and][n][or][i]<path>=<value>`. */
    anyOf(paths: string[], value: string) {
      paths.forEach((path, i) => pairs.push([`where[and][${n}][or][${i}]${path}`, value]))
      n++
    },
    /** The production date within the days a date filter names, as two conditions. */
    productionDateIn(filter: DateFilter, today: string) {
      const { from, to } = dateFilterRange(filter, today)
      this.add('[productionDate][greater_than_equal]', `${from}T00:00:00.000Z`)
      this.add('[productionDate][less_than]', `${to}T00:00:00.000Z`)
    },
    pairs,
  }
}
