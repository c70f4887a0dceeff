import { type Decimal, minDecimal, sum, zero } from '../../platform/rules/decimal'

/** A supplied requirement of an execution, as the store sees it. */
export type Requirement = {
  execution: number
  /** The requirement's row id on the execution. */
  id: string
  item: number
  required: Decimal
  /** Already asked of the store by requisitions that are not cancelled. */
  requested: Decimal
}

export type ExecutionNeeds = {
  /** The production day, `YYYY-MM-DD`. */
  day: string
  floor: number
  id: number
  requirements: Requirement[]
}

export type RequisitionLink = { execution: number; quantity: Decimal; requirement: string }
export type PlannedLine = { item: number; links: RequisitionLink[]; required: Decimal }
export type PlannedRequisition = {
  day: string
  executions: number[]
  floor: number
  lines: PlannedLine[]
}

/**
 * What to ask the store for: one requisition per floor and day, one line per item, each line
 * keeping the share of every requirement it serves. A requirement is asked only for what earlier
 * requisitions have not asked yet.
 */
export function planRequisitions(executions: readonly ExecutionNeeds[]): PlannedRequisition[] {
  const byGroup = new Map<string, PlannedRequisition>()
  for (const execution of [...executions].sort((a, b) => a.id - b.id)) {
    const key = `${execution.floor}|${execution.day}`
    const group = byGroup.get(key) ?? {
      day: execution.day,
      executions: [],
      floor: execution.floor,
      lines: [],
    }
    let asked = false
    for (const requirement of execution.requirements) {
      const open = requirement.required.minus(requirement.requested)
      if (open.lte(0)) continue
      asked = true
      let line = group.lines.find((l) => l.item === requirement.item)
      if (!line) {
        line = { item: requirement.item, links: [], required: zero }
        group.lines.push(line)
      }
      line.required = line.required.plus(open)
      line.links.push({ execution: execution.id, quantity: open, requirement: requirement.id })
    }
    if (asked) {
      group.executions.push(execution.id)
      byGroup.set(key, group)
    }
  }
  return [...byGroup.values()]
}

/**
 * A line's quantity (picked, issued, in a trolley) shared out over the requirements it serves,
 * first link first, none beyond its own share.
 */
export function shareOut(quantity: Decimal, links: readonly { quantity: Decimal }[]): Decimal[] {
  let left = quantity
  return links.map((link) => {
    const share = left.gt(0) ? minDecimal(left, link.quantity) : zero
    left = left.minus(share)
    return share
  })
}

export const supplyStatuses = [
  'not_requested',
  'requisitioned',
  'picked',
  'issued',
  'in_trolley',
] as const
export type SupplyStatus = (typeof supplyStatuses)[number]

export type SupplyProgress = {
  issued: Decimal
  picked: Decimal
  requested: Decimal
  required: Decimal
  staged: Decimal
}

/**
 * A requirement's supply status: the furthest step its whole requested quantity reached, with
 * the quantities of every step in words when any step is partial.
 */
export function supplyStatusOf(progress: SupplyProgress): { detail: string; status: SupplyStatus } {
  const { issued, picked, requested, required, staged } = progress
  if (requested.lte(0)) return { detail: '', status: 'not_requested' }
  const status: SupplyStatus =
    staged.gte(requested) && staged.gt(0)
      ? 'in_trolley'
      : issued.gte(requested)
        ? 'issued'
        : picked.gte(requested)
          ? 'picked'
          : 'requisitioned'
  const steps: [string, Decimal][] = [
    ['requested', requested],
    ['picked', picked],
    ['issued', issued],
    ['in trolley', staged],
  ]
  const partial = requested.lt(required) || steps.some(([, q]) => q.gt(0) && q.lt(requested))
  return {
    detail: partial
      ? `${steps
          .filter(([name, q]) => name === 'requested' || q.gt(0))
          .map(([name, q]) => `${name} ${q.toFixed()}`)
          .join(' · ')} of ${required.toFixed()}`
      : '',
    status,
  }
}

export type LineProgress = {
  consumed: Decimal
  issued: Decimal
  picked: Decimal
  required: Decimal
  returned: Decimal
  staged: Decimal
}

export const requisitionStates = [
  'requested',
  'picking',
  'picked',
  'issued',
  'in_trolley',
  'consumed',
  'returned',
  'cancelled',
] as const
export type RequisitionState = (typeof requisitionStates)[number]

/** The states in which nothing is held for a requisition any more: no step can be taken on it. */
export const closedRequisitionStates = [
  'consumed',
  'returned',
  'cancelled',
] as const satisfies readonly RequisitionState[]

export const isClosedRequisition = (state: null | string | undefined) =>
  (closedRequisitionStates as readonly unknown[]).includes(state)

/** Where a requisition stands, from its lines: the step every line has fully reached. */
export function requisitionState(
  lines: readonly LineProgress[],
  cancelled: boolean,
): RequisitionState {
  if (cancelled) return 'cancelled'
  const total = (pick: (line: LineProgress) => Decimal) => sum(lines.map(pick))
  const required = total((l) => l.required)
  const picked = total((l) => l.picked)
  const issued = total((l) => l.issued)
  const returned = total((l) => l.returned)
  const consumed = total((l) => l.consumed)
  // Closed once everything picked is back or consumed on the floor: stock picked and not issued
  // is still held at the store, and the requisition stays open so that it can be issued or
  // cancelled. Consumed names it whenever production used any of it.
  if (consumed.gt(0) && returned.plus(consumed).gte(picked)) return 'consumed'
  if (returned.gt(0) && returned.gte(picked)) return 'returned'
  const every = (pick: (line: LineProgress) => Decimal) =>
    lines.length > 0 && lines.every((line) => pick(line).gte(line.required))
  // What production consumed had reached the floor: it counts as far as the trolley.
  if (every((l) => l.staged.plus(l.consumed))) return 'in_trolley'
  // What came back from the floor is neither issued nor picked any more: the line is open again.
  if (every((l) => l.issued.minus(l.returned))) return 'issued'
  if (every((l) => l.picked.minus(l.returned))) return 'picked'
  return picked.gt(0) || issued.gt(0) || required.lte(0) ? 'picking' : 'requested'
}
