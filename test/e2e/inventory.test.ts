import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, logIn, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')

const api = httpApi(baseURL)

describe('inventory in the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const find = async (collection: string, query: string) =>
    (await api(`/${collection}?${query}`, { token })).body.docs[0]

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lists items with on hand and available, and shows an item’s stock by lot and its movements', async () => {
    await page.goto(`${baseURL}/admin/collections/items?search=ABS`)
    const row = page.locator('table tbody tr', { hasText: 'ABS-PEL' })
    await expect.poll(() => row.count()).toBe(1)
    expect(await row.innerText()).toMatch(/350/)
    const item = await find('items', 'where[sku][equals]=ABS-PEL')
    await page.goto(`${baseURL}/admin/collections/items/${item.id}`)
    const stock = page.locator('#field-stock')
    await expect.poll(() => stock.locator('tbody tr').count()).toBe(2)
    const movements = page.locator('#field-movements')
    await expect.poll(() => movements.locator('tbody tr').count()).toBe(2)
    await screenshot(page, 'item-stock')
  })

  it('reverses a posted adjustment from its page', async () => {
    const item = await find('items', 'where[sku][equals]=FLOUR')
    const warehouse = await find('locations', 'where[name][equals]=Main%20warehouse')
    const created = await api('/inventory-adjustments', {
      body: JSON.stringify({
        lines: [{ item: item.id, quantityDelta: 5 }],
        location: warehouse.id,
        type: 'found',
      }),
      method: 'POST',
      token,
    })
    expect(created.status).toBe(201)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.goto(`${baseURL}/admin/collections/inventory-adjustments/${created.body.doc.id}`)
    await page.locator('#action-reverseInventoryAdjustment').click()
    await expect
      .poll(
        async () =>
          (await api(`/inventory-adjustments/${created.body.doc.id}`, { token })).body.status,
        { timeout: 15_000 },
      )
      .toBe('reversed')
    await screenshot(page, 'adjustment-reversed')
  })

  it('receives a purchase order into the chosen warehouse', async () => {
    const item = await find('items', 'where[sku][equals]=STL-T20')
    const supplier = await find('suppliers', 'limit=1')
    const warehouse = await find('locations', 'where[name][equals]=Main%20warehouse')
    const created = await api('/purchase-orders', {
      body: JSON.stringify({
        lines: [{ item: item.id, quantity: 12, unitCost: 3.3 }],
        status: 'sent',
        supplier: supplier.id,
      }),
      method: 'POST',
      token,
    })
    await page.goto(`${baseURL}/admin/collections/purchase-orders/${created.body.doc.id}`)
    await page.locator('#receive-location').selectOption(String(warehouse.id))
    await page.locator('#action-receivePurchaseOrder').click()
    await expect
      .poll(
        async () => (await api(`/purchase-orders/${created.body.doc.id}`, { token })).body.status,
        { timeout: 15_000 },
      )
      .toBe('received')
    const after = await find('items', 'where[sku][equals]=STL-T20')
    expect(after.onHand).toBe(item.onHand + 12)
    await screenshot(page, 'purchase-order-received')
  })

  it('hides the receive and reverse buttons from a user without those permissions', async () => {
    const viewer = await browser.newPage()
    await logIn(viewer, baseURL, 'viewer@example.com', 'viewer')
    const order = await find('purchase-orders', 'limit=1')
    await viewer.goto(`${baseURL}/admin/collections/purchase-orders/${order.id}`)
    await expect.poll(() => viewer.locator('#field-supplier').count()).toBeGreaterThan(0)
    expect(await viewer.locator('#action-receivePurchaseOrder').count()).toBe(0)
    await viewer.close()
  })
})
