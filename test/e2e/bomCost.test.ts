import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe("a BOM's standard cost in the admin", () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const ok = async (path: string, data: Record<string, unknown>) => {
    const { body, status } = await api(path, { body: JSON.stringify(data), method: 'POST', token })
    expect(status, JSON.stringify(body)).toBeLessThan(300)
    return body.doc ?? body
  }

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 1000, width: 1500 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('reads material, operations, total and the breakdown through a sub-recipe', async () => {
    const item = (sku: string, kind: string, extra = {}) =>
      ok('/items', { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs', ...extra })
    const resin = await item('RESIN', 'material')
    const pigment = await item('PIGMENT', 'material', { standardCost: 5 })
    const paste = await item('PASTE', 'product')
    const vase = await item('VASE', 'product')
    const labour = await item('LABOUR', 'resource', { unit: 'h' })
    const warehouse = await ok('/locations', { kind: 'warehouse', name: `Store ${tag}` })
    const { body } = await api('/locations?where[virtualRole][equals]=supplier&depth=0', { token })
    const supplier = body.docs[0].id
    // Resin on hand in two lots, at 2 and at 4: its current cost is their average, 3.
    await ok('/manufacturing/postStockMovements', {
      key: `resin-${tag}`,
      lines: [2, 4].map((unitCost) => ({
        from: supplier,
        item: resin.id,
        newLot: { unitCost },
        quantity: 1,
        reason: 'receipt',
        to: warehouse.id,
      })),
    })
    // The paste is made from its own recipe: one pigment (nothing on hand: its standard cost, 5).
    await ok('/boms', {
      basis: 'per_unit',
      components: [{ item: pigment.id, quantity: 1 }],
      outputQuantity: 1,
      product: paste.id,
    })
    const bom = await ok('/boms', {
      basis: 'per_unit',
      components: [
        { item: resin.id, quantity: 2 },
        { item: paste.id, quantity: 1 },
      ],
      operations: [
        {
          crewSize: 1,
          minutes: 30,
          ratePerHour: 20,
          resource: labour.id,
          resourceType: 'labor',
          step: 'Casting',
        },
      ],
      outputQuantity: 1,
      product: vase.id,
    })

    await page.goto(`${baseURL}/admin/collections/boms/${bom.id}`)
    const panel = page.locator('#bom-standard-cost')
    const figure = (name: string) => panel.locator(`[data-figure="${name}"]`)
    // 2 resin at 3 + 1 paste at 5 = 11; 1 person for 30 min at 20 an hour = 10.
    await expect.poll(() => figure('totalCost').textContent(), { timeout: 30_000 }).toBe('21')
    expect(await figure('materialCost').textContent()).toBe('11')
    expect(await figure('operationCost').textContent()).toBe('10')
    expect(await figure('unitCost').textContent()).toBe('21')
    const row = (selector: string) => panel.locator(selector).first()
    expect(await row(`tr[data-item="${resin.id}"] [data-column="cost"]`).textContent()).toBe('6')
    expect(await row(`tr[data-item="${resin.id}"]`).textContent()).toContain('weighted average')
    expect(await row(`tr[data-item="${paste.id}"]`).getAttribute('data-source')).toBe('sub_recipe')
    const nested = row(`tr[data-item="${pigment.id}"]`)
    expect(await nested.getAttribute('data-depth')).toBe('1')
    expect(await nested.textContent()).toContain('Standard cost')
    expect(await row('tr[data-operation="Casting"] [data-column="cost"]').textContent()).toBe('10')
    await screenshot(page, 'bom-standard-cost')
  })
})
