import { describe, expect, it } from 'vitest'

import { shopFloorHref, shopFloorScreen } from './shopFloorRoute'

describe('shop floor routes', () => {
  it('names the list, and each station by its id', () => {
    expect(shopFloorScreen(['shop-floor'])).toEqual({ screen: 'list' })
    expect(shopFloorScreen(['shop-floor', 'executions', '12'])).toEqual({
      id: '12',
      screen: 'execution',
    })
    expect(shopFloorScreen(['shop-floor', 'manufacturing-orders', '3'])).toEqual({
      id: '3',
      screen: 'order',
    })
    expect(shopFloorScreen(['shop-floor', 'production-runs', '7'])).toEqual({
      id: '7',
      screen: 'run',
    })
  })
  it('knows no other path', () => {
    expect(shopFloorScreen(['shop-floor', 'executions'])).toEqual({ screen: 'unknown' })
    expect(shopFloorScreen(['shop-floor', 'executions', 'x'])).toEqual({ screen: 'unknown' })
    expect(shopFloorScreen(['shop-floor', 'executions', '0'])).toEqual({ screen: 'unknown' })
    expect(shopFloorScreen(['shop-floor', 'lots', '1'])).toEqual({ screen: 'unknown' })
    expect(shopFloorScreen(['shop-floor', 'executions', '1', 'more'])).toEqual({
      screen: 'unknown',
    })
  })
  it('builds the paths under the admin route', () => {
    expect(shopFloorHref('/admin')).toBe('/admin/shop-floor')
    expect(shopFloorHref('/')).toBe('/shop-floor')
    expect(shopFloorHref('/admin', { id: 4, kind: 'executions' })).toBe(
      '/admin/shop-floor/executions/4',
    )
  })
})
