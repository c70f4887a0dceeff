import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, screenshot } from '../support/browser'
import { documentCreator, httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe('manufacturing orders in the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const create = documentCreator(baseURL, () => token)
  const onHand = async (item: number) =>
    (await api(`/items/${item}?depth=0`, { token })).body.onHand

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 1000, width: 1500 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('creates a batch order of 3 batches, picks, completes batch 1 and shows badges and stock', async () => {
    const flour = await create('items', {
      kind: 'material',
      name: `Rye ${tag}`,
      sku: `RYE-${tag}`,
      unit: 'kg',
    })
    const dough = await create('items', {
      kind: 'product',
      name: `Rye dough ${tag}`,
      productionMode: 'batch',
      sku: `RYE-DOUGH-${tag}`,
      unit: 'kg',
    })
    await create('boms', {
      basis: 'per_batch',
      components: [{ item: flour.id, quantity: 12 }],
      outputQuantity: 20,
      product: dough.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Bakehouse ${tag}` })
    await create('inventory-adjustments', {
      lines: [{ item: flour.id, quantityDelta: 100 }],
      location: floor.id,
      type: 'found',
    })

    await page.goto(`${baseURL}/admin/collections/manufacturing-orders/create`)
    // Type to search: the list shows only the first page of many products.
    await page.locator('#field-product .rs__control').click()
    await page.locator('#field-product input').pressSequentially(dough.name)
    await page.locator('.rs__option', { hasText: dough.name }).first().click()
    await page.locator('#field-mode .rs__control').click()
    await page.locator('.rs__option', { hasText: 'batch' }).first().click()
    await page.locator('#field-batches').fill('3')
    // Not started, the location is the order's to choose.
    expect(await page.locator('#field-location.relationship--read-only').count()).toBe(0)
    await page.locator('#field-location .rs__control').click()
    await page.locator('#field-location input').pressSequentially(floor.name)
    await page.locator('.rs__option', { hasText: floor.name }).first().click()
    await page.locator('#action-save').click()
    await page.waitForURL(/\/manufacturing-orders\/\d+/, { timeout: 15_000 })
    const id = Number(page.url().match(/manufacturing-orders\/(\d+)/)![1])
    const order = async () => (await api(`/manufacturing-orders/${id}?depth=0`, { token })).body
    expect((await order()).outputs.map((r: any) => r.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ])

    const badge = (field: string) => page.locator(`[data-field="${field}"] .order-state-badge`)
    await expect.poll(() => badge('productionState').getAttribute('data-state')).toBe('not_started')
    await expect.poll(() => badge('pickProgress').getAttribute('data-state')).toBe('not_started')

    await page.locator('#pick-ingredients-button').click()
    await page.locator('#pick-ingredients').waitFor()
    await page.locator('#pick-confirm').click()
    await page.locator('#pick-ingredients').waitFor({ state: 'detached', timeout: 15_000 })
    await expect
      .poll(() => badge('pickProgress').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('picked')
    await expect.poll(() => badge('productionState').getAttribute('data-state')).toBe('in_progress')
    expect(await onHand(flour.id)).toBe(100)

    await page.locator('#record-output-button').click()
    await page.locator('#record-output').waitFor()
    await page.locator('#record-output-confirm').click()
    await page.locator('#record-output').waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(() => onHand(flour.id), { timeout: 15_000 }).toBe(88)
    expect(await onHand(dough.id)).toBe(20)
    expect((await order()).outputs.map((r: any) => r.status)).toEqual([
      'completed',
      'in_progress',
      'pending',
    ])
    await screenshot(page, 'manufacturing-order-batch-completed')
    // Started, the order's floor is fixed: its location reads only.
    await page.reload()
    await expect
      .poll(() => page.locator('#field-location.relationship--read-only').count(), {
        timeout: 15_000,
      })
      .toBe(1)

    // Pick progress is not a default column: the list shows it when asked in its URL.
    const columns = encodeURIComponent(
      JSON.stringify(['orderNumber', 'productionState', 'pickProgress']),
    )
    await page.goto(
      `${baseURL}/admin/collections/manufacturing-orders?limit=100&columns=${columns}`,
    )
    const row = page.locator('table tbody tr', { hasText: (await order()).orderNumber })
    await expect
      .poll(() => row.locator('.order-state-badge[data-state="in_progress"]').count())
      .toBe(1)
    await expect.poll(() => row.locator('.order-state-badge[data-state="picked"]').count()).toBe(1)
  })
  it('previews the stock an order would move from its status badge, then completes it', async () => {
    const wood = await create('items', {
      kind: 'material',
      name: `Oak ${tag}`,
      sku: `OAK-${tag}`,
      unit: 'pcs',
    })
    const shelf = await create('items', {
      kind: 'product',
      name: `Shelf ${tag}`,
      sku: `SHELF-${tag}`,
      unit: 'pcs',
    })
    await create('boms', {
      basis: 'per_unit',
      components: [{ item: wood.id, quantity: 3 }],
      outputQuantity: 1,
      product: shelf.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Joinery ${tag}` })
    await create('inventory-adjustments', {
      lines: [{ item: wood.id, quantityDelta: 20 }],
      location: floor.id,
      type: 'found',
    })
    const order = await create('manufacturing-orders', {
      location: floor.id,
      product: shelf.id,
      quantity: 2,
    })
    const { docs: statuses } = (
      await api('/production-statuses?sort=_order&limit=100&depth=0', { token })
    ).body
    const last = statuses[statuses.length - 1]
    const statusId = typeof order.status === 'object' ? order.status.id : order.status
    const first = statuses.find((status: any) => status.id === statusId)

    await page.goto(`${baseURL}/admin/collections/manufacturing-orders/${order.id}`)
    const picker = page.locator('#status-picker-button')
    await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain(first.name)
    await picker.click()
    await page.locator(`[data-status-option="${last.name}"]`).click()
    const preview = page.locator('#transition-preview')
    await expect
      .poll(() => preview.locator('h3').innerText())
      .toBe(`Move ${order.orderNumber} from ${first.name} to ${last.name}`)
    const woodRow = preview.locator(`[data-preview-item="${wood.sku}"]`)
    await expect.poll(() => woodRow.count(), { timeout: 15_000 }).toBe(1)
    expect(await woodRow.innerText()).toMatch(/−6 pcs/)
    expect(await woodRow.innerText()).toMatch(/20 → 14 pcs/)
    const shelfRow = preview.locator(`[data-preview-item="${shelf.sku}"]`)
    expect(await shelfRow.innerText()).toMatch(/0 → 2 pcs/)
    // An order records its output as rows: the dialog asks no produced quantity.
    expect(await page.locator('#transition-produced-quantity').count()).toBe(0)
    await screenshot(page, 'manufacturing-order-transition-preview')
    const confirm = page.locator('#confirm-transition')
    await expect.poll(() => confirm.isEnabled()).toBe(true)
    await confirm.click()

    await expect
      .poll(
        async () => (await api(`/manufacturing-orders/${order.id}?depth=0`, { token })).body.state,
        { timeout: 15_000 },
      )
      .toBe('done')
    expect(await onHand(wood.id)).toBe(14)
    expect(await onHand(shelf.id)).toBe(2)
    await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain(last.name)
    // Planned beside actual: the oak has no known cost, so both are nothing.
    const total = page.locator('#cost-variance [data-cost="totalCost"]')
    await expect.poll(() => total.count(), { timeout: 15_000 }).toBe(1)
    expect(await total.innerText()).toMatch(/Total\s+0\s+0\s+0/)
  })
})
