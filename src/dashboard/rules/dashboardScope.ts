/** What the dashboard shows a user, from the permission keys the user holds. */
export type DashboardSections = {
  /** Figures in money (what is short, valued at standard cost). */
  money: boolean
  executions: boolean
  orders: boolean
  runs: boolean
  storeQueue: boolean
  /** Short materials, and the two ways to cover them the user may take. */
  short: boolean
  requestFromStore: boolean
  buy: boolean
}

/** Whether the dashboard is the user's home at all: any production document to see. */
export const seesProduction = (held: ReadonlySet<string>): boolean =>
  ['executions.view', 'manufacturingOrders.view', 'productionRuns.view'].some((key) =>
    held.has(key),
  )

/** Each section is offered only to a user who may open the list it links to. */
export function dashboardSections(held: ReadonlySet<string>): DashboardSections {
  return {
    buy: held.has('executions.view') && held.has('purchaseOrders.create'),
    executions: held.has('executions.view'),
    money: held.has('items.viewCosts'),
    orders: held.has('manufacturingOrders.view'),
    requestFromStore: held.has('executions.view') && held.has('requisitions.manage'),
    runs: held.has('productionRuns.view'),
    short: held.has('executions.view'),
    storeQueue: held.has('requisitions.view'),
  }
}

/**
 * A floor-bound user works on the floor and plans nothing: they may move production along but
 * create none of it. Such a user sees only their floors.
 */
export const isFloorBound = (held: ReadonlySet<string>): boolean =>
  ['executions.update', 'manufacturingOrders.update', 'productionRuns.record'].some((key) =>
    held.has(key),
  ) &&
  !['executions.create', 'manufacturingOrders.create', 'productionPlans.create'].some((key) =>
    held.has(key),
  )

export type FloorScope = {
  /** The floors the user may choose among, in the order given. */
  choosable: number[]
  /** The floor chosen, when it is one the user may see. */
  chosen: null | number
  /** The floors every figure is limited to; null for every floor. */
  floors: null | number[]
}

/**
 * The floors a user's figures cover: the one chosen if the user may see it, otherwise every
 * floor, or for a floor-bound user only their own (those of the production assigned to them).
 */
export function floorScope(args: {
  all: readonly number[]
  assigned: readonly number[]
  chosen: null | number
  floorBound: boolean
}): FloorScope {
  const own = new Set(args.assigned)
  const choosable = args.floorBound ? args.all.filter((floor) => own.has(floor)) : [...args.all]
  const chosen = args.chosen !== null && choosable.includes(args.chosen) ? args.chosen : null
  if (chosen !== null) return { choosable, chosen, floors: [chosen] }
  return { choosable, chosen, floors: args.floorBound ? choosable : null }
}
