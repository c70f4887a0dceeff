import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { StatusBadge } from '../../src/workflow/components/StatusBadge'
import { StatusIcon, statusIconComponents } from '../../src/workflow/components/StatusIcon'
import { statusIcons } from '../../src/workflow/rules/statusAppearance'

/** Status icons are SVG, so they show where no emoji font is installed. */
describe('status icons', () => {
  it('draws every icon name of the fixed list as an SVG, and only those', () => {
    expect(Object.keys(statusIconComponents).sort()).toEqual([...statusIcons].sort())
    for (const name of statusIcons) {
      const markup = renderToStaticMarkup(createElement(StatusIcon, { name }))
      expect(markup, name).toMatch(/^<svg [^>]*data-icon="[a-z]+"/)
      expect(markup, name).toContain(`data-icon="${name}"`)
      expect(markup, name).toMatch(/<(path|rect|circle|polyline|line|polygon)\b/)
    }
    expect(renderToStaticMarkup(createElement(StatusIcon, { name: 'unknown' }))).toBe('')
    expect(renderToStaticMarkup(createElement(StatusIcon, { name: '📋' }))).toBe('')
  })

  it('shows a badge with its icon as SVG and no emoji', () => {
    const markup = renderToStaticMarkup(
      createElement(StatusBadge, { status: { color: 'green', icon: 'check', name: 'Completed' } }),
    )
    expect(markup).toMatch(/<svg [^>]*data-icon="check"/)
    expect(markup).toContain('Completed')
    expect(markup).not.toMatch(/\p{Extended_Pictographic}/u)
  })
})
