/** The colors and icons an admin picks a production status's badge from. */
export const statusColors = {
  amber: '#b45309',
  blue: '#1d4ed8',
  gray: '#4b5563',
  green: '#15803d',
  pink: '#be185d',
  purple: '#7e22ce',
  red: '#b91c1c',
  teal: '#0f766e',
} as const

export type StatusColor = keyof typeof statusColors

/**
 * The icons a status can show, by name: the stored value. Each is drawn as SVG (see StatusIcon),
 * so it shows on machines without an emoji font.
 */
export const statusIcons = [
  'box',
  'brush',
  'check',
  'clipboard',
  'clock',
  'flag',
  'gear',
  'pause',
  'play',
  'wrench',
] as const

export type StatusIcon = (typeof statusIcons)[number]

export const isStatusIcon = (name: unknown): name is StatusIcon =>
  (statusIcons as readonly unknown[]).includes(name)
