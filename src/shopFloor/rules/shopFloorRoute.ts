/** The shop floor's path under the admin. */
export const shopFloorPath = '/shop-floor' as const

export type ShopFloorScreen =
  { id: string; screen: 'execution' | 'order' | 'run' } | { screen: 'list' } | { screen: 'unknown' }

const screens = {
  executions: 'execution',
  'manufacturing-orders': 'order',
  'production-runs': 'run',
} as const

/**
 * The screen an admin path's segments (`shop-floor`, then the rest) name: the list, or one
 * execution, order or run by its id.
 */
export function shopFloorScreen(segments: readonly string[]): ShopFloorScreen {
  const [, kind, id, ...rest] = segments
  if (kind === undefined) return { screen: 'list' }
  const screen = screens[kind as keyof typeof screens]
  if (!screen || !id || rest.length > 0 || !/^[1-9]\d{0,15}$/.test(id)) return { screen: 'unknown' }
  return { id, screen }
}

/** The path of a screen under the admin route. */
export function shopFloorHref(
  adminRoute: string,
  target?: { id: number | string; kind: keyof typeof screens },
): string {
  const base = `${adminRoute === '/' ? '' : adminRoute}${shopFloorPath}`
  return target ? `${base}/${target.kind}/${target.id}` : base
}
