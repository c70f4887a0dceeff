/** How a production order prints: the full order sheet, or a compact ticket for the floor. */
export const productionOrderLayouts = [
  { label: 'Order sheet', value: 'order_sheet' },
  { label: 'Floor ticket', value: 'floor_ticket' },
] as const

export type ProductionOrderLayout = (typeof productionOrderLayouts)[number]['value']

const isLayout = (value: unknown): value is ProductionOrderLayout =>
  productionOrderLayouts.some((layout) => layout.value === value)

/**
 * The layout a request asks every order to print in: none (each order's own), or one of the
 * layouts; anything else is a refusal naming them.
 */
export function requestedLayout(
  value: unknown,
): { layout: null | ProductionOrderLayout } | { refusal: string } {
  if (value === undefined || value === null || value === '') return { layout: null }
  if (isLayout(value)) return { layout: value }
  const known = productionOrderLayouts.map((layout) => layout.value).join(' or ')
  return { refusal: `must be ${known}, not ${JSON.stringify(String(value))}` }
}

/** The layout an order prints in: the one asked for, else its own, else the settings'. */
export function layoutOf(
  requested: null | ProductionOrderLayout,
  own: unknown,
  settings: unknown,
): ProductionOrderLayout {
  if (requested) return requested
  if (isLayout(own)) return own
  return isLayout(settings) ? settings : 'order_sheet'
}
