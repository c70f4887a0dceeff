import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession } from '../support/browser'
import { documentCreator, httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe('production created from a BOM in the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const create = documentCreator(baseURL, () => token)

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 1000, width: 1500 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('asks floor, date and quantities for two BOMs, creates both and links to each', async () => {
    const wood = await create('items', {
      kind: 'material',
      name: `Oak ${tag}`,
      sku: `OAK-${tag}`,
      unit: 'kg',
    })
    const stool = await create('items', {
      kind: 'product',
      name: `Stool ${tag}`,
      sku: `STOOL-${tag}`,
      unit: 'pcs',
    })
    const bench = await create('items', {
      kind: 'product',
      name: `Bench ${tag}`,
      sku: `BENCH-${tag}`,
      unit: 'pcs',
    })
    const stoolBom = await create('boms', {
      basis: 'per_unit',
      components: [{ item: wood.id, quantity: 2 }],
      name: `Stool recipe ${tag}`,
      outputQuantity: 1,
      product: stool.id,
    })
    const benchBom = await create('boms', {
      basis: 'per_unit',
      components: [{ item: wood.id, quantity: 5 }],
      name: `Bench recipe ${tag}`,
      outputQuantity: 1,
      product: bench.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Workshop ${tag}` })

    await page.goto(`${baseURL}/admin/collections/boms/${stoolBom.id}`)
    await page.locator('#create-executions-button').click()
    const dialog = page.locator('#create-executions-dialog')
    await dialog.waitFor()
    expect(await dialog.locator('#create-executions-date').inputValue()).toBe(
      new Date().toISOString().slice(0, 10),
    )
    await dialog.locator('#create-executions-floor').selectOption(String(floor.id))
    await dialog.locator('#create-executions-date').fill('2026-12-07')
    await dialog.locator('.create-executions-quantity').first().fill('4')
    await dialog.locator('#create-executions-add-bom').click()
    await dialog.locator('.create-executions-bom').nth(1).selectOption(String(benchBom.id))
    await dialog.locator('.create-executions-quantity').nth(1).fill('2')
    await dialog.locator('#create-executions-confirm').click()

    const links = page.locator('#created-notice a.created-link')
    await expect.poll(() => links.count(), { timeout: 30_000 }).toBe(2)
    const codes = await links.allTextContents()
    expect(codes.every((code) => /^EX-\d+$/.test(code))).toBe(true)
    await links.first().click()
    await page.waitForURL(/\/admin\/collections\/executions\/\d+$/)
    const id = Number(page.url().split('/').pop())
    const { body: execution } = await api(`/executions/${id}?depth=0`, { token })
    expect(execution).toMatchObject({
      bom: stoolBom.id,
      code: codes[0],
      plannedQuantity: 4,
      productionFloor: floor.id,
    })
    expect(execution.productionDate.slice(0, 10)).toBe('2026-12-07')
    const { body: list } = await api(`/executions?depth=0&where[code][equals]=${codes[1]}`, {
      token,
    })
    expect(list.docs[0]).toMatchObject({
      bom: benchBom.id,
      plannedQuantity: 2,
      productionFloor: floor.id,
    })
  })
  it("creates production for the checked lines of a sales order at each line's quantity", async () => {
    const wood = await create('items', {
      kind: 'material',
      name: `Ash ${tag}`,
      sku: `ASH-${tag}`,
      unit: 'kg',
    })
    const chair = await create('items', {
      kind: 'product',
      name: `Chair ${tag}`,
      sku: `CHAIR-${tag}`,
      unit: 'pcs',
    })
    const table = await create('items', {
      kind: 'product',
      name: `Table ${tag}`,
      sku: `TABLE-${tag}`,
      unit: 'pcs',
    })
    for (const [product, quantity] of [
      [chair.id, 3],
      [table.id, 8],
    ])
      await create('boms', {
        basis: 'per_unit',
        components: [{ item: wood.id, quantity }],
        outputQuantity: 1,
        product,
      })
    const floor = await create('locations', { kind: 'production_floor', name: `Joinery ${tag}` })
    const customer = await create('customers', { name: `Cafe ${tag}` })
    const order = await create('sales-orders', {
      customer: customer.id,
      lines: [
        { item: chair.id, quantity: 12 },
        { item: table.id, quantity: 3 },
      ],
    })

    await page.goto(`${baseURL}/admin/collections/sales-orders/${order.id}`)
    await page.locator('#create-executions-from-sales-order-button').click()
    const dialog = page.locator('#create-executions-from-sales-order-button-dialog')
    await dialog.waitFor()
    const rows = dialog.locator('.create-executions-from-sales-order-button-line')
    await expect.poll(() => rows.count()).toBe(2)
    expect(
      await rows.nth(0).locator('.create-executions-from-sales-order-button-quantity').inputValue(),
    ).toBe('12')
    await dialog
      .locator('#create-executions-from-sales-order-button-floor')
      .selectOption(String(floor.id))
    await rows.nth(0).locator('.create-executions-from-sales-order-button-quantity').fill('10')
    await rows.nth(1).locator('.create-executions-from-sales-order-button-include').uncheck()
    await dialog.locator('#create-executions-from-sales-order-button-confirm').click()

    const links = page.locator('#created-notice a.created-link')
    await expect.poll(() => links.count(), { timeout: 30_000 }).toBe(1)
    await links.first().click()
    await page.waitForURL(/\/admin\/collections\/executions\/\d+$/)
    const id = Number(page.url().split('/').pop())
    const { body: execution } = await api(`/executions/${id}?depth=0`, { token })
    expect(execution).toMatchObject({
      plannedQuantity: 10,
      product: chair.id,
      productionFloor: floor.id,
      salesOrder: order.id,
    })
    const { body: made } = await api(`/executions?depth=0&where[salesOrder][equals]=${order.id}`, {
      token,
    })
    expect(made.totalDocs).toBe(1)
  })
})
