/**
 * The charts' look, from Payload's theme variables only, so they follow the admin's light and
 * dark themes: elevation greys switch with the theme, success (blue), warning and error stay
 * readable on both.
 */
export const colors = {
  actual: 'var(--theme-success-500)',
  planned: 'var(--theme-elevation-400)',
  produced: 'var(--theme-success-500)',
  rejection: 'var(--theme-error-500)',
  scrap: 'var(--theme-elevation-600)',
  standard: 'var(--theme-elevation-400)',
  value: 'var(--theme-success-500)',
  waste: 'var(--theme-warning-500)',
} as const

export const chartHeight = 280

/** A horizontal bar chart's height: room for each row's bars, never below the others'. */
export const barsHeight = (rows: number, perRow: number) =>
  Math.max(chartHeight, 72 + rows * perRow)

/** Axis ticks and lines, muted like Payload's secondary text. */
export const axisProps = {
  stroke: 'var(--theme-elevation-250)',
  tick: { fill: 'var(--theme-elevation-600)', fontSize: 12 },
  tickLine: false,
} as const

export const gridProps = { stroke: 'var(--theme-elevation-100)', strokeDasharray: '3 3' } as const

/** An axis title, beside or under the axis. */
export const axisLabel = (value: string, position: 'insideBottom' | 'insideLeft') => ({
  angle: position === 'insideLeft' ? -90 : 0,
  fill: 'var(--theme-elevation-600)',
  fontSize: 12,
  offset: position === 'insideLeft' ? 10 : -4,
  position,
  style: { textAnchor: 'middle' as const },
  value,
})

/** The tooltip as a Payload popup: the page's background, a hairline border, the theme's text. */
export const tooltipProps = {
  contentStyle: {
    background: 'var(--theme-elevation-0)',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: 'var(--style-radius-s, 3px)',
    color: 'var(--theme-text)',
    fontSize: 13,
  },
  cursor: { fill: 'var(--theme-elevation-50)' },
  itemStyle: { color: 'var(--theme-text)' },
  labelStyle: { color: 'var(--theme-text)', fontWeight: 600 },
} as const

export const legendProps = {
  wrapperStyle: { color: 'var(--theme-elevation-800)', fontSize: 12, paddingTop: 4 },
} as const

/** A category axis down the side of a horizontal bar chart, titled. */
export const sideAxisProps = (title: string, width: number) => ({
  ...axisProps,
  dataKey: 'label',
  label: axisLabel(title, 'insideLeft'),
  type: 'category' as const,
  width,
})
