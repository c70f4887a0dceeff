/** Work done at a station: moving production along, or recording a run's stages. */
const floorWork = ['executions.update', 'manufacturingOrders.update', 'productionRuns.record']

/** Work done at a desk: putting production on the plan. */
const deskWork = [
  'executions.create',
  'manufacturingOrders.create',
  'productionPlans.create',
  'boms.create',
]

/** Whether a user with these permissions has work on the shop floor (the nav offers it). */
export const worksOnFloor = (permissions: ReadonlySet<string>) =>
  floorWork.some((key) => permissions.has(key))

/**
 * Whether the admin opens on the shop floor for this user rather than the dashboard: someone who
 * moves production along but plans none of it, like an operator.
 */
export const landsOnShopFloor = (permissions: ReadonlySet<string>) =>
  worksOnFloor(permissions) && !deskWork.some((key) => permissions.has(key))
