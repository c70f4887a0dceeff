import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, pickChoice } from '../support/browser'
import { documentCreator, httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

/**
 * The lists' and pages' paperwork: add several BOMs to inventory from their list (and take back),
 * send a purchase order to its supplier from its page, print selected production orders.
 */
describe('paperwork from the lists and pages', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const create = documentCreator(baseURL, () => token)
  const onHand = async (item: number) =>
    (await api(`/items/${item}?depth=0`, { token })).body.onHand as number
  const selectRows = async (count: number) => {
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count()).toBe(count)
    for (const row of await rows.all())
      await row.locator('.select-row input[type="checkbox"]').check()
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { height: 1000, width: 1500 } })
    page.on('dialog', (dialog) => void dialog.accept())
    await logIn(page, baseURL, 'admin@example.com', 'admin')
    token = await loginToken(baseURL)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('adds two BOMs to inventory from the list, then takes one back', async () => {
    const item = (sku: string, kind: string) =>
      create('items', { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs' })
    const wood = await item('ELM', 'material')
    const stool = await item('STOOL', 'product')
    const bench = await item('BENCH', 'product')
    const floor = await create('locations', { kind: 'production_floor', name: `Shed ${tag}` })
    await create('inventory-adjustments', {
      lines: [{ item: wood.id, quantityDelta: 40 }],
      location: floor.id,
      type: 'found',
    })
    for (const [product, quantity, name] of [
      [stool, 2, 'Stool'],
      [bench, 5, 'Bench'],
    ] as const)
      await create('boms', {
        basis: 'per_unit',
        components: [{ item: wood.id, quantity }],
        name: `${name} recipe ${tag}`,
        outputQuantity: 1,
        product: product.id,
      })

    const post = async (quantities: string[]) => {
      await page.goto(`${baseURL}/admin/collections/boms?where[name][like]=${tag}&sort=name`)
      await selectRows(2)
      await page.locator('#boms-add-to-inventory').click()
      const dialog = page.locator('#boms-inventory-dialog')
      await dialog.waitFor()
      const inputs = dialog.locator('input[type="number"]')
      await expect.poll(() => inputs.count()).toBe(2)
      for (const [i, quantity] of quantities.entries()) await inputs.nth(i).fill(quantity)
      await dialog.locator('#boms-inventory-location').selectOption({ label: `Shed ${tag}` })
      await page.locator('#boms-inventory-confirm').click()
      await dialog.waitFor({ state: 'detached' })
    }
    // Sorted by name: the bench's recipe first.
    await post(['2', '3'])
    await expect.poll(() => onHand(bench.id)).toBe(2)
    expect(await onHand(stool.id)).toBe(3)
    expect(await onHand(wood.id)).toBe(40 - 10 - 6)
    await post(['-1', '-3'])
    await expect.poll(() => onHand(bench.id)).toBe(1)
    expect(await onHand(stool.id)).toBe(0)
    expect(await onHand(wood.id)).toBe(40 - 5)
    // A BOM's own page still adds one.
    const { docs } = (await api(`/boms?where[product][equals]=${stool.id}&depth=0`, { token })).body
    await page.goto(`${baseURL}/admin/collections/boms/${docs[0].id}`)
    await page.locator('#add-to-inventory-button').click()
    await page.locator('#add-to-inventory-location').selectOption({ label: `Shed ${tag}` })
    await page.locator('#add-to-inventory-confirm').click()
    await expect.poll(() => onHand(stool.id)).toBe(1)
  })

  it('sends a purchase order to its supplier from its page, with its PDF beside', async () => {
    const supplier = await create('suppliers', {
      email: `sales-${tag}@mill.example`,
      name: `Mill ${tag}`,
    })
    const flour = await create('items', {
      kind: 'material',
      name: `Flour ${tag}`,
      sku: `FLOUR-${tag}`,
      unit: 'kg',
    })
    const order = await create('purchase-orders', {
      lines: [{ item: flour.id, quantity: 25, unitCost: 1.5 }],
      supplier: supplier.id,
    })
    await page.goto(`${baseURL}/admin/collections/purchase-orders/${order.id}`)
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#purchase-order-pdf').click(),
    ])
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    await page.locator('#action-sendPurchaseOrder').click()
    await expect
      .poll(async () => (await api(`/purchase-orders/${order.id}?depth=0`, { token })).body.status)
      .toBe('sent')
  })

  it('prints the selected production orders as one PDF', async () => {
    const product = await create('items', {
      kind: 'product',
      name: `Crate ${tag}`,
      sku: `CRATE-${tag}`,
      unit: 'pcs',
    })
    const slat = await create('items', {
      kind: 'material',
      name: `Slat ${tag}`,
      sku: `SLAT-${tag}`,
      unit: 'pcs',
    })
    await create('boms', {
      basis: 'per_unit',
      components: [{ item: slat.id, quantity: 6 }],
      outputQuantity: 1,
      product: product.id,
    })
    for (const quantity of [1, 2])
      await create('manufacturing-orders', { product: product.id, quantity })
    await page.goto(
      `${baseURL}/admin/collections/manufacturing-orders?where[product][equals]=${product.id}`,
    )
    await selectRows(2)
    await pickChoice(page, 'production-order-layout', 'Floor ticket')
    const link = page.locator('#production-order-pdf')
    expect(await link.getAttribute('href')).toMatch(
      /production-order\.pdf\?ids=\d+,\d+&layout=floor_ticket$/,
    )
    const [pdf] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })
})
