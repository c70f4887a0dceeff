/** How far the store got, from nothing asked for to on the trolley. */
const steps = ['not_requested', 'requisitioned', 'picked', 'issued', 'in_trolley'] as const

const labels: Record<(typeof steps)[number], string> = {
  in_trolley: 'In trolley',
  issued: 'Issued',
  not_requested: 'Not requested',
  picked: 'Picked',
  requisitioned: 'Requisitioned',
}

export type FloorSupply = { label: string; supplied: boolean }

/**
 * Whether an execution's materials are at hand: as far as its least supplied material got;
 * supplied once every material is issued or on the trolley. Nothing to supply counts as supplied.
 */
export function executionSupply(statuses: readonly (null | string | undefined)[]): FloorSupply {
  if (statuses.length === 0) return { label: 'Nothing to supply', supplied: true }
  const least = Math.min(
    ...statuses.map((status) => Math.max(0, steps.indexOf(status as (typeof steps)[number]))),
  )
  const step = steps[least]!
  return { label: labels[step], supplied: least >= steps.indexOf('issued') }
}

const pickLabels: Record<string, string> = {
  in_progress: 'Picking',
  not_started: 'Not picked',
  picked: 'Picked',
}

/** Whether a manufacturing order's ingredients are picked. */
export function orderSupply(pickProgress: null | string | undefined): FloorSupply {
  const progress = pickProgress ?? 'not_started'
  return { label: pickLabels[progress] ?? 'Not picked', supplied: progress === 'picked' }
}
