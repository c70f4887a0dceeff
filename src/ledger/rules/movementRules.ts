/** Why stock moves. Every movement has exactly one reason. */
export const movementReasons = [
  'receipt',
  'consume',
  'produce',
  'loss_waste',
  'loss_rejection',
  'scrap',
  'adjustment',
  'transfer',
  'reverse',
  'reserve',
  'release',
] as const
export type MovementReason = (typeof movementReasons)[number]

export const locationKinds = ['warehouse', 'production_floor', 'virtual'] as const
export type LocationKind = (typeof locationKinds)[number]
export const virtualRoles = ['supplier', 'customer', 'production', 'loss', 'adjustment'] as const
export type VirtualRole = (typeof virtualRoles)[number]

export type LocationInfo = {
  id: number
  kind: LocationKind
  name: string
  role: VirtualRole | null
}

export const isPhysical = (location: LocationInfo): boolean => location.kind !== 'virtual'

type Role = 'physical' | VirtualRole
/** One role, or any of several. */
type Side = Role | readonly Role[]

/**
 * Which side of a movement must be physical and which virtual role the other side plays, per
 * reason (Odoo's picture: virtual locations are the other side of every gain and loss).
 * Losses also leave work in process (the virtual production location): material a production
 * stage took in and lost there. Scrap is both halves of that: the scrapped material leaves
 * production for the loss location, and its scrap item enters a physical location.
 */
const sides: Record<Exclude<MovementReason, 'reverse'>, { from: Side; to: Side }> = {
  adjustment: { from: 'physical', to: ['adjustment', 'loss'] }, // or the mirror, see below
  consume: { from: 'physical', to: 'production' },
  loss_rejection: { from: ['physical', 'production'], to: 'loss' },
  loss_waste: { from: ['physical', 'production'], to: 'loss' },
  produce: { from: 'production', to: 'physical' },
  receipt: { from: 'supplier', to: 'physical' },
  release: { from: 'physical', to: 'physical' },
  reserve: { from: 'physical', to: 'physical' },
  scrap: { from: 'production', to: ['physical', 'loss'] },
  transfer: { from: 'physical', to: 'physical' },
}

/** "a transfer", "an adjustment". */
const article = (reason: string): string => `${/^[aeiou]/.test(reason) ? 'an' : 'a'} ${reason}`

const roles = (side: Side): readonly Role[] => (Array.isArray(side) ? side : [side as Role])

const describe = (side: Side): string => {
  const virtual = roles(side).filter((role) => role !== 'physical')
  return [
    ...(roles(side).includes('physical') ? ['a warehouse or production floor'] : []),
    ...(virtual.length ? [`the virtual ${virtual.join(' or ')} location`] : []),
  ].join(' or ')
}

const fits = (location: LocationInfo, side: Side): boolean =>
  roles(side).some((role) =>
    role === 'physical' ? isPhysical(location) : !isPhysical(location) && location.role === role,
  )

export type SideProblem = { field: 'from' | 'to'; message: string }

/** Null when `from → to` is a valid pair for `reason`, else which side is wrong and why. */
export function checkSides(
  reason: MovementReason,
  from: LocationInfo,
  to: LocationInfo,
): SideProblem | null {
  if (reason === 'reverse') return null
  if (reason === 'adjustment' && !isPhysical(from)) {
    // An adjustment also adds stock: adjustment → physical.
    if (from.role !== 'adjustment') {
      return {
        field: 'from',
        message: `"${from.name}" cannot be the source of an adjustment; use the virtual adjustment location`,
      }
    }
    return isPhysical(to)
      ? null
      : {
          field: 'to',
          message: `"${to.name}" is virtual; an adjustment adds stock to a warehouse or production floor`,
        }
  }
  const rule = sides[reason]
  if (!fits(from, rule.from)) {
    return {
      field: 'from',
      message: `"${from.name}" cannot be the source of ${article(reason)} movement: it must be ${describe(rule.from)}`,
    }
  }
  if (!fits(to, rule.to)) {
    return {
      field: 'to',
      message: `"${to.name}" cannot be the destination of ${article(reason)} movement: it must be ${describe(rule.to)}`,
    }
  }
  const sameLocation = from.id === to.id
  if ((reason === 'reserve' || reason === 'release') !== sameLocation) {
    return {
      field: 'to',
      message: sameLocation
        ? 'a movement must go to another location'
        : `a ${reason} stays at one location: from and to must be the same`,
    }
  }
  return null
}
