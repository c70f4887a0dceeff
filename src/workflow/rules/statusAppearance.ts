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

export const statusIcons = {
  box: '📦',
  brush: '🖌',
  check: '✓',
  clipboard: '📋',
  clock: '⏱',
  flag: '⚑',
  gear: '⚙',
  pause: '⏸',
  play: '▶',
  wrench: '🔧',
} as const

export type StatusIcon = keyof typeof statusIcons
