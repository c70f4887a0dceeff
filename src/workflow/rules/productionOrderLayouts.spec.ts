import { describe, expect, it } from 'vitest'

import { layoutOf, requestedLayout } from './productionOrderLayouts'

describe('production order layouts', () => {
  it('prints what the request asks, else the order’s own, else the settings’', () => {
    expect(layoutOf('floor_ticket', 'order_sheet', 'order_sheet')).toBe('floor_ticket')
    expect(layoutOf(null, 'floor_ticket', 'order_sheet')).toBe('floor_ticket')
    expect(layoutOf(null, null, 'floor_ticket')).toBe('floor_ticket')
    expect(layoutOf(null, undefined, undefined)).toBe('order_sheet')
    expect(layoutOf(null, 'poster', 'poster')).toBe('order_sheet')
  })

  it('takes no layout or a known one from a request, and refuses any other naming the choices', () => {
    expect(requestedLayout(undefined)).toEqual({ layout: null })
    expect(requestedLayout('')).toEqual({ layout: null })
    expect(requestedLayout('floor_ticket')).toEqual({ layout: 'floor_ticket' })
    expect(requestedLayout('poster')).toEqual({
      refusal: 'must be order_sheet or floor_ticket, not "poster"',
    })
  })
})
