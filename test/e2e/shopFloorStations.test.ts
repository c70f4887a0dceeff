import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loggedInPage, screenshot } from '../support/browser'
import { documentCreator, httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

const sizes = [
  { name: 'tablet', viewport: { height: 768, width: 1024 } },
  { name: 'phone', viewport: { height: 844, width: 390 } },
] as const

/** Every control of the station on screen, with its size: none may be under 44 px either way. */
async function smallControls(page: Page, station: string) {
  const controls = page.locator(`${station} :is(button, a, input, select, textarea)`)
  const small: string[] = []
  for (const control of await controls.all()) {
    if (!(await control.isVisible())) continue
    const box = (await control.boundingBox())!
    if (box.width < 44 || box.height < 44)
      small.push(
        `${(await control.innerText()) || (await control.getAttribute('id'))}: ${box.width}×${box.height}`,
      )
  }
  return small
}

/** The figure typed on a station's keypad, key by key. */
async function typeOnKeypad(page: Page, keypad: string, figure: string) {
  for (const key of figure) await page.locator(`#${keypad} [data-key="${key}"]`).click()
}

describe.each(sizes)('shop-floor stations as the Operator on a $name', ({ name, viewport }) => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = `${name}${Date.now().toString(36)}`
  const create = documentCreator(baseURL, () => token)
  const lotsOf = async (item: number) =>
    (await api(`/lots?where[item][equals]=${item}&sort=id&depth=0`, { token })).body.docs as {
      code: string
      id: number
    }[]

  beforeAll(async () => {
    token = await loginToken(baseURL)
    browser = await launchBrowser()
    page = await loggedInPage(browser, baseURL, { viewport }, 'operator@example.com', 'operator')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('records a stage’s input, a loss after a dropped network, an output, and moves on', async () => {
    const scrap = await create('items', {
      kind: 'material',
      name: `Chips ${tag}`,
      sku: `CHIP-${tag}`,
      unit: 'kg',
    })
    const rough = await create('items', {
      kind: 'material',
      name: `Rough ${tag}`,
      scrapItem: scrap.id,
      sku: `RGH-${tag}`,
      unit: 'kg',
    })
    const gem = await create('items', {
      kind: 'product',
      name: `Gem ${tag}`,
      sku: `GEM-${tag}`,
      unit: 'kg',
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Cutting ${tag}` })
    await create('inventory-adjustments', {
      lines: [{ item: rough.id, quantityDelta: 100 }],
      location: floor.id,
      type: 'found',
    })
    const [lot] = await lotsOf(rough.id)
    const process = await create('processes', {
      name: `Gem line ${tag}`,
      stages: [{ name: 'Sorting' }, { name: 'Cutting' }],
    })
    const run = await create('production-runs', {
      location: floor.id,
      process: process.id,
      product: gem.id,
    })

    await page.goto(`${baseURL}/admin/shop-floor/production-runs/${run.id}`)
    const atWork = page.locator('#stage-at-work')
    await expect.poll(() => atWork.innerText(), { timeout: 30_000 }).toBe('Stage 1 of 2: Sorting')
    expect(await smallControls(page, '#run-station')).toEqual([])

    const outcome = page.locator('#record-outcome')
    const record = async (kind: string, item: number, quantity: string) => {
      await page.locator(`#entry-kind-${kind}`).click()
      await page.locator(`#entry-item-${item}`).click()
      await typeOnKeypad(page, 'entry-quantity', quantity)
    }
    await record('inputs', rough.id, '40')
    await page.locator(`#entry-lot-${lot!.id}`).click()
    await page.locator('#record-entry').click()
    await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('done')
    await expect
      .poll(() => page.locator('#stage-entries li').innerText())
      .toMatch(/In[\s\S]*40 kg[\s\S]*Lot/)

    // The answer to the loss is lost on its way back: the loss is recorded, the screen never hears.
    await page.route('**/api/manufacturing/recordLosses', async (route) => {
      await route.fetch()
      await route.abort('internetdisconnected')
    })
    await record('losses', rough.id, '2.5')
    await page.locator('#loss-type-scrap').click()
    await page.locator('#record-entry').click()
    await expect
      .poll(() => outcome.getAttribute('data-outcome'), { timeout: 15_000 })
      .toBe('dropped')
    expect(await page.locator('#record-entry').innerText()).toBe('Retry')
    expect(await page.locator('[data-testid="entry-quantity-value"]').innerText()).toMatch(/^2\.5/)
    await page.unroute('**/api/manufacturing/recordLosses')
    await page.locator('#record-entry').click()
    await expect
      .poll(() => outcome.innerText(), { timeout: 15_000 })
      .toMatch(/before the network dropped, once/)
    const entries = async (kind: string) =>
      (
        await api(
          `/production-run-entries?where[run][equals]=${run.id}&where[kind][equals]=${kind}`,
          {
            token,
          },
        )
      ).body.docs as { quantity: number; stageName: string }[]
    expect((await entries('scrap')).map((e) => e.quantity)).toEqual([2.5])

    await record('outputs', gem.id, '30')
    await page.locator('#record-entry').click()
    await expect
      .poll(() => outcome.innerText(), { timeout: 15_000 })
      .toMatch(/Recorded output 30 kg/)
    await expect.poll(() => page.locator('#stage-entries li').count()).toBe(3)
    await screenshot(page, `shop-floor-run-${name}`)

    await page.locator('#next-stage').click()
    expect(await atWork.innerText()).toBe('Stage 2 of 2: Cutting')
    await expect.poll(() => page.locator('#stage-entries').innerText()).toMatch(/Nothing yet/)
    await record('inputs', rough.id, '5')
    await page.locator('#record-entry').click()
    await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('done')
    expect((await api(`/production-runs/${run.id}`, { token })).body.currentStageName).toBe(
      'Cutting',
    )
    // The Operator may not complete runs: the last stage says so, and offers no button for it.
    expect(await page.locator('#last-stage').innerText()).toMatch(/last stage/)
    expect(await page.locator('#complete-run').count()).toBe(0)

    // More lost than the stage took in: refused in the server's words, nothing written.
    await record('losses', rough.id, '9')
    await page.locator('#loss-type-waste').click()
    await page.locator('#record-entry').click()
    await expect
      .poll(() => outcome.getAttribute('data-outcome'), { timeout: 15_000 })
      .toBe('refused')
    const refusal = await outcome.innerText()
    expect(refusal).toMatch(
      /"Cutting" holds only 5 kg of RGH-.* 9 kg required\. Nothing was written\./,
    )
    expect(refusal).not.toMatch(/lines\[0\]/)
    expect(await entries('waste')).toEqual([])
    expect(await smallControls(page, '#run-station')).toEqual([])
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)

    await page.goto(`${baseURL}/admin/shop-floor/production-runs/999999`)
    await page
      .getByText('There is no production run 999999, or you may not see it.')
      .waitFor({ timeout: 30_000 })
  })

  it('picks from a lot offered, from a scanned lot, refuses a stray lot, records a batch', async () => {
    const flour = await create('items', {
      kind: 'material',
      name: `Flour ${tag}`,
      sku: `FL-${tag}`,
      unit: 'kg',
    })
    const salt = await create('items', {
      kind: 'material',
      name: `Salt ${tag}`,
      sku: `SA-${tag}`,
      unit: 'kg',
    })
    const stray = await create('items', {
      kind: 'material',
      name: `Sand ${tag}`,
      sku: `SD-${tag}`,
      unit: 'kg',
    })
    const bread = await create('items', {
      kind: 'product',
      name: `Bread ${tag}`,
      productionMode: 'batch',
      sku: `BR-${tag}`,
      unit: 'kg',
    })
    await create('boms', {
      basis: 'per_batch',
      components: [
        { item: flour.id, quantity: 12 },
        { item: salt.id, quantity: 1 },
      ],
      outputQuantity: 20,
      product: bread.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Ovens ${tag}` })
    await create('inventory-adjustments', {
      lines: [
        { item: flour.id, quantityDelta: 50 },
        { item: salt.id, quantityDelta: 10 },
        { item: stray.id, quantityDelta: 10 },
      ],
      location: floor.id,
      type: 'found',
    })
    const order = await create('manufacturing-orders', {
      batches: 2,
      location: floor.id,
      mode: 'batch',
      product: bread.id,
    })
    const [flourLine, saltLine] = order.ingredients as { id: string }[]
    const [flourLot] = await lotsOf(flour.id)
    const [saltLot] = await lotsOf(salt.id)
    const [strayLot] = await lotsOf(stray.id)

    await page.goto(`${baseURL}/admin/shop-floor/manufacturing-orders/${order.id}`)
    await page.locator(`#pick-line-${flourLine!.id}`).click({ timeout: 30_000 })
    await page.locator(`#pick-lot-${flourLot!.id}`).click()
    expect(await page.locator('[data-testid="pick-quantity-value"]').innerText()).toMatch(/^24/)
    await page.locator('#pick-confirm').click()
    const picked = page.locator('#pick-outcome')
    await expect
      .poll(() => picked.innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`Picked for FL-${tag}: 24 kg of lot ${flourLot!.code}`))
    expect(await smallControls(page, '#order-station')).toEqual([])
    // The order's next status is offered as one large button, as an execution's is.
    expect(await page.locator('#order-status').innerText()).toMatch(/Status: /)
    expect(await page.locator('#order-status #shop-floor-move').innerText()).toMatch(/^Move to /)
    expect(await smallControls(page, '#order-status')).toEqual([])

    const scan = (lot: { code: string; id: number }, item: number) =>
      page.evaluate(
        (detail) => window.dispatchEvent(new CustomEvent('manufacturing:lot-scanned', { detail })),
        { code: lot.code, itemId: item, lotId: lot.id },
      )
    await scan(strayLot!, stray.id)
    await expect.poll(() => picked.getAttribute('data-outcome')).toBe('refused')
    expect(await picked.innerText()).toContain(
      `Lot ${strayLot!.code} is not of an ingredient of ${order.orderNumber}: nothing was picked.`,
    )
    await scan(saltLot!, salt.id)
    await expect
      .poll(() => picked.innerText(), { timeout: 15_000 })
      .toMatch(new RegExp(`Picked for SA-${tag}: 2 kg of lot ${saltLot!.code}`))
    const stored = (await api(`/manufacturing-orders/${order.id}?depth=0`, { token })).body
    expect(stored.ingredients.map((l: { pickedQuantity: number }) => l.pickedQuantity)).toEqual([
      24, 2,
    ])
    expect(stored.ingredients[1].id).toBe(saltLine!.id)
    await expect
      .poll(() => page.locator(`#pick-line-${saltLine!.id}`).innerText())
      .toMatch(/picked in full/)
    await scan(saltLot!, salt.id)
    await expect.poll(() => picked.innerText()).toMatch(/already picked in full/)

    await typeOnKeypad(page, 'output-quantity', '18')
    await page.locator('#output-confirm').click()
    const output = page.locator('#output-outcome')
    await expect
      .poll(() => output.innerText(), { timeout: 15_000 })
      .toMatch(/Batch 1: 18 kg recorded into lot/)
    await expect.poll(() => page.locator('#output-batch button').count()).toBe(1)
    const after = (await api(`/manufacturing-orders/${order.id}?depth=0`, { token })).body
    expect(
      after.outputs.map((r: { completedQuantity: null | number }) => r.completedQuantity),
    ).toEqual([18, null])
    expect(await smallControls(page, '#order-station')).toEqual([])
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
    await screenshot(page, `shop-floor-order-${name}`)
  })
})
