/** A location as an order's choice of one sees it; null when it does not exist. */
export type LocationFacts = { kind: string; name: string } | null

/**
 * Why an order cannot be made at the location it names, or null when it can. An order is made
 * on a production floor (ingredients are used there and output added there); once production
 * has started, what it consumed and made is on its floor, so the location no longer changes.
 * A location that does not exist is the relationship's own refusal.
 */
export function orderLocationProblem(args: {
  changed: boolean
  location: LocationFacts
  order: string
  started: boolean
}): null | string {
  const { changed, location, order, started } = args
  if (!changed) return null
  if (started) return `${order} has started: its location is fixed`
  if (location && location.kind !== 'production_floor')
    return `must be a production floor: ${location.name} is a ${location.kind.replace('_', ' ')} location`
  return null
}
