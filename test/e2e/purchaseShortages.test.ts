import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, screenshot } from '../support/browser'
import { documentCreator, httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe('purchasing the shortages from the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)
  /** What the first test made, for the second. */
  const made = { crate: 0, floor: 0 }

  const create = documentCreator(baseURL, () => token)

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 1000, width: 1500 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('picks items, a supplier and quantities on a manufacturing order and creates the orders', async () => {
    const woods = await create('suppliers', { name: `Woods ${tag}` })
    const finishes = await create('suppliers', { name: `Finishes ${tag}` })
    const item = (sku: string, kind: string, extra: Record<string, unknown> = {}) =>
      create('items', { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs', ...extra })
    const plank = await item('PLANK', 'material', { primarySupplier: woods.id, standardCost: 3 })
    const nail = await item('NAIL', 'material', { primarySupplier: woods.id, standardCost: 0.1 })
    const oil = await item('OIL', 'material', { standardCost: 7 })
    const crate = await item('CRATE', 'product')
    await create('boms', {
      basis: 'per_unit',
      components: [
        { item: plank.id, quantity: 4 },
        { item: nail.id, quantity: 10 },
        { item: oil.id, quantity: 1 },
      ],
      outputQuantity: 1,
      product: crate.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Crates ${tag}` })
    await create('inventory-adjustments', {
      lines: [{ item: plank.id, quantityDelta: 5 }],
      location: floor.id,
      type: 'found',
    })
    Object.assign(made, { crate: crate.id, floor: floor.id })
    // Three crates: 12 planks (5 on the floor: 7 short), 30 nails, 3 oil (no supplier).
    const order = await create('manufacturing-orders', {
      location: floor.id,
      product: crate.id,
      quantity: 3,
    })

    await page.goto(`${baseURL}/admin/collections/manufacturing-orders/${order.id}`)
    await page.locator('#purchase-shortages-button').click()
    const dialog = page.locator('#purchase-shortages-dialog')
    const row = (sku: string) => dialog.locator(`.purchase-shortages-line[data-sku="${sku}"]`)
    await row(`OIL-${tag}`).waitFor({ timeout: 15_000 })
    expect(await row(`PLANK-${tag}`).locator('.purchase-shortages-short').innerText()).toBe('7 pcs')
    expect(await row(`PLANK-${tag}`).locator('.purchase-shortages-supplier').inputValue()).toBe(
      String(woods.id),
    )
    // Oil has no primary supplier: listed with an empty choice, and Create waits for one.
    expect(await row(`OIL-${tag}`).locator('.purchase-shortages-supplier').inputValue()).toBe('')
    await dialog.locator('#purchase-shortages-unsupplied').waitFor()
    expect(await dialog.locator('#purchase-shortages-confirm').isDisabled()).toBe(true)
    await screenshot(page, 'purchase-shortages-dialog')

    await row(`NAIL-${tag}`).locator('.purchase-shortages-include').uncheck()
    await row(`PLANK-${tag}`).locator('.purchase-shortages-quantity').fill('10')
    await row(`OIL-${tag}`)
      .locator('.purchase-shortages-supplier')
      .selectOption({ label: `Finishes ${tag}` })
    await dialog.locator('#purchase-shortages-confirm').click()
    const links = dialog.locator('.purchase-order-link')
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBe(2)
    await screenshot(page, 'purchase-shortages-created')

    const ids = await links.evaluateAll((all) =>
      all.map((a) => Number((a as HTMLAnchorElement).href.match(/purchase-orders\/(\d+)/)![1])),
    )
    const drafted = await Promise.all(
      ids.map(async (id) => (await api(`/purchase-orders/${id}?depth=0`, { token })).body),
    )
    expect(
      drafted.map((po) => [
        po.status,
        po.supplier,
        po.lines.map((l: any) => [l.item, l.quantity, l.unitCost]),
      ]),
    ).toEqual([
      ['draft', woods.id, [[plank.id, 10, 3]]],
      ['draft', finishes.id, [[oil.id, 3, 7]]],
    ])
    await links.first().click()
    await page.waitForURL(new RegExp(`/purchase-orders/${ids[0]}`), { timeout: 15_000 })
  })

  it('offers the same dialog on an execution, counting the drafts as incoming', async () => {
    const execution = await create('executions', {
      plannedQuantity: 1,
      product: made.crate,
      productionDate: '2026-12-01',
      productionFloor: made.floor,
    })
    await page.goto(`${baseURL}/admin/collections/executions/${execution.id}`)
    await page.locator('#purchase-shortages-button').click()
    const dialog = page.locator('#purchase-shortages-dialog')
    // 4 planks: none free on the floor (the order holds them), the 10 drafted are on their way.
    const plank = dialog.locator(`.purchase-shortages-line[data-sku="PLANK-${tag}"]`)
    await plank.waitFor({ timeout: 15_000 })
    expect(await plank.locator('.purchase-shortages-short').innerText()).toBe('0 pcs')
    expect(await plank.locator('.purchase-shortages-include').isChecked()).toBe(false)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
  })
})
