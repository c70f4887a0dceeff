import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, pickChoice, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe("an execution's sales order line in the admin", () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const create = async (collection: string, data: Record<string, unknown>) => {
    const { body, status } = await api(`/${collection}?depth=0`, {
      body: JSON.stringify(data),
      method: 'POST',
      token,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  }

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 900, width: 1500 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('chooses the order, then one of its lines; the order alone is refused', async () => {
    const product = await create('items', {
      kind: 'product',
      name: `Linked cake ${tag}`,
      sku: `LINK-CAKE-${tag}`,
      unit: 'pcs',
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Link floor ${tag}` })
    const customer = await create('customers', { name: `Link customer ${tag}` })
    const { id: orderId } = await create('sales-orders', {
      customer: customer.id,
      lines: [{ item: product.id, quantity: 6 }],
    })
    // Read back: its number is given once it is saved.
    const order = (await api(`/sales-orders/${orderId}?depth=0`, { token })).body
    const execution = await create('executions', {
      plannedQuantity: 6,
      product: product.id,
      productionDate: '2026-11-24',
      productionFloor: floor.id,
    })

    await page.goto(`${baseURL}/admin/collections/executions/${execution.id}`)
    const line = page.locator('#field-salesOrderLine')
    await expect.poll(() => line.getAttribute('data-disabled')).toBe('true')
    await page.locator('#field-salesOrder .rs__control').click()
    await page.locator('#field-salesOrder input').pressSequentially(order.number)
    await page.locator('.rs__option', { hasText: order.number }).first().click()
    await expect.poll(() => line.getAttribute('data-disabled')).toBeNull()
    await line.locator('.rs__control').click()
    await expect
      .poll(() => line.locator('.rs__option').allInnerTexts())
      .toEqual(['Choose a line…', `1. Linked cake ${tag} (LINK-CAKE-${tag}) × 6`])
    await page.keyboard.press('Escape')

    await page.locator('#action-save').click()
    await expect
      .poll(() => page.getByText(`choose the line of ${order.number}`).count())
      .toBeGreaterThan(0)
    const saved = async () =>
      (await api(`/executions/${execution.id}?depth=0`, { token })).body as Record<string, unknown>
    expect((await saved()).salesOrder ?? null).toBeNull()

    await pickChoice(page, 'field-salesOrderLine', `1. Linked cake ${tag}`)
    await screenshot(page, 'execution-sales-order-line')
    await page.locator('#action-save').click()
    await expect
      .poll(async () => {
        const doc = await saved()
        return [doc.salesOrder, doc.salesOrderLine]
      })
      .toEqual([order.id, order.lines[0].id])
  })
})
