import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { documentCreator, httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

/** Every visible control of the page smaller than a fingertip (44 × 44 px), described. */
const smallControls = (page: Page) =>
  page.evaluate(() =>
    Array.from(
      document.querySelectorAll('a, button, input, select, textarea, [role="button"]'),
    ).flatMap((element) => {
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
      return visible && (box.width < 44 || box.height < 44)
        ? [`${element.outerHTML.slice(0, 100)} (${box.width}×${box.height})`]
        : []
    }),
  )

const sizes = [
  { height: 768, name: 'tablet', width: 1024 },
  { height: 844, name: 'phone', width: 390 },
] as const

describe.each(sizes)('the shop floor on a $name as the Operator', (size) => {
  let browser: Browser
  let page: Page
  let admin: string
  const tag = `${size.name}${Date.now().toString(36)}`
  const create = documentCreator(baseURL, () => admin)
  const floorName = `Station floor ${tag}`
  let statuses: { id: number; name: string }[]
  let material: { sku: string }
  let executions: { code: string; id: number }[]
  const screens: Record<string, string[]> = {}

  const execution = (id: number) =>
    api(`/executions/${id}?depth=0`, { token: admin }).then((answer) => answer.body)
  const movementsOf = async (id: number) =>
    (
      await api(
        `/stock-movements?limit=100&depth=0&where[sourceCollection][equals]=executions&where[sourceId][equals]=${id}`,
        { token: admin },
      )
    ).body.docs as { quantity: number; reason: string }[]
  const checkTouchTargets = async (screen: string) => {
    await page.waitForLoadState('networkidle')
    screens[screen] = await smallControls(page)
  }
  /** Waits for the step's preview and its button, then taps it. */
  const tapMove = async () => {
    const button = page.locator('#shop-floor-move')
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true)
    await button.click()
  }
  const statusShown = () =>
    page.locator('header .manufacturing-status-badge').getAttribute('data-status')

  beforeAll(async () => {
    admin = await loginToken(baseURL)
    statuses = (await api('/production-statuses?sort=_order&limit=50&depth=0', { token: admin }))
      .body.docs
    const floor = await create('locations', { kind: 'production_floor', name: floorName })
    material = await create('items', {
      kind: 'material',
      name: `Board ${tag}`,
      sku: `BOARD-${tag}`,
      unit: 'pcs',
    })
    const product = await create('items', {
      kind: 'product',
      name: `Shelf ${tag}`,
      sku: `SHELF-${tag}`,
      unit: 'pcs',
    })
    await create('inventory-adjustments', {
      lines: [{ item: (material as { id?: number }).id, quantityDelta: 100 }],
      location: floor.id,
      type: 'found',
    })
    await create('boms', {
      basis: 'per_unit',
      components: [{ item: (material as { id?: number }).id, quantity: 2 }],
      outputQuantity: 1,
      product: product.id,
    })
    const today = new Date().toISOString().slice(0, 10)
    executions = []
    for (const plannedQuantity of [3, 4, 5, 6])
      executions.push(
        await create('executions', {
          plannedQuantity,
          product: product.id,
          productionDate: today,
          productionFloor: floor.id,
        }),
      )
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { height: size.height, width: size.width } })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('lands on the shop floor after signing in, and keeps the floor picked', async () => {
    await logIn(page, baseURL, 'operator@example.com', 'operator')
    await page.waitForURL(/\/admin\/shop-floor$/, { timeout: 30_000 })
    await checkTouchTargets('first screen')
    // On the second device the floor of the first is remembered: change it.
    if (await page.locator('#shop-floor-change-floor').count())
      await page.locator('#shop-floor-change-floor').click()
    await checkTouchTargets('floor picker')
    await page.locator(`[data-floor="${floorName}"]`).click()
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 30_000 }).toBe(floorName)
    await page.reload()
    await expect.poll(() => page.locator('h1').innerText()).toBe(floorName)
    for (const { code } of executions)
      await expect.poll(() => page.locator(`[data-row="${code}"]`).count()).toBe(1)
    await expect
      .poll(() => page.locator(`[data-row="${executions[0]!.code}"]`).innerText())
      .toMatch(new RegExp(`SHELF-${tag}[\\s\\S]*3 pcs`))
    await checkTouchTargets('list')
    await screenshot(page, `shop-floor-list-${size.name}`)
  })

  it('moves an execution through its statuses with the preview, completing it on the keypad', async () => {
    const [first] = executions
    await page.locator(`[data-row="${first!.code}"]`).click()
    await page.waitForURL(new RegExp(`/shop-floor/executions/${first!.id}$`))
    await expect.poll(() => page.locator('#shop-floor-materials').innerText()).toMatch(/6 pcs/)
    await checkTouchTargets('execution')
    let previewedMaterial = false
    for (const next of statuses.slice(1)) {
      await expect
        .poll(() => page.locator('#shop-floor-move').getAttribute('data-next-status'), {
          timeout: 30_000,
        })
        .toBe(next.name)
      const last = next === statuses.at(-1)
      if (last) {
        await checkTouchTargets('completion')
        for (const key of ['2', '5', 'Delete', '3'])
          await page.locator(`#produced-quantity button[aria-label="${key}"]`).click()
        await expect.poll(() => page.locator('#shop-floor-move').innerText()).toMatch(/23/)
      }
      await expect
        .poll(() => page.locator('[data-testid="shop-floor-preview"]').getAttribute('aria-busy'))
        .toBe('false')
      if ((await page.locator(`[data-preview-item="${material.sku}"]`).count()) > 0)
        previewedMaterial = true
      await tapMove()
      await expect.poll(statusShown, { timeout: 30_000 }).toBe(next.name)
    }
    expect(previewedMaterial).toBe(true)
    await expect
      .poll(() => page.locator('#shop-floor-step-notice').innerText())
      .toMatch(/nothing more to do/)
    const done = await execution(first!.id)
    expect([done.status, done.producedQuantity]).toEqual([statuses.at(-1)!.id, 23])
    await screenshot(page, `shop-floor-execution-${size.name}`)
  })

  it("shows the server's words when it refuses a move", async () => {
    const second = executions[1]!
    await page.goto(`${baseURL}/admin/shop-floor/executions/${second.id}`)
    await expect
      .poll(() => page.locator('#shop-floor-move').isEnabled(), { timeout: 30_000 })
      .toBe(true)
    // Meanwhile someone at the desk completes it.
    const completed = await api(`/executions/${second.id}`, {
      body: JSON.stringify({ producedQuantity: 4, status: statuses.at(-1)!.id }),
      method: 'PATCH',
      token: admin,
    })
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    await tapMove()
    await expect
      .poll(() => page.locator('#shop-floor-refusal').innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`${second.code} is ${statuses.at(-1)!.name}`))
  })

  it('keeps the quantity when the network drops, and the retry completes it once', async () => {
    const third = executions[2]!
    const beforeLast = statuses.at(-2)!
    const moved = await api(`/executions/${third.id}`, {
      body: JSON.stringify({ status: beforeLast.id }),
      method: 'PATCH',
      token: admin,
    })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    await page.goto(`${baseURL}/admin/shop-floor/executions/${third.id}`)
    for (const key of ['5'])
      await page.locator(`#produced-quantity button[aria-label="${key}"]`).click()
    // The move reaches the server, but its answer never comes back.
    let sent = 0
    const url = `**/api/executions/${third.id}?depth=0`
    await page.route(url, async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue()
      sent++
      await route.fetch()
      await route.abort('connectionreset')
    })
    await tapMove()
    await expect
      .poll(() => page.locator('#shop-floor-dropped').count(), { timeout: 30_000 })
      .toBe(1)
    expect(await page.locator('[data-testid="produced-quantity-value"]').innerText()).toMatch(/^5/)
    const produced = async () =>
      (await movementsOf(third.id)).filter((m) => m.reason === 'produce').map((m) => m.quantity)
    expect(await produced()).toEqual([5])
    await checkTouchTargets('dropped')
    await screenshot(page, `shop-floor-dropped-${size.name}`)
    await page.unroute(url)
    await page.locator('#shop-floor-retry').click()
    await expect.poll(statusShown, { timeout: 30_000 }).toBe(statuses.at(-1)!.name)
    expect(sent).toBe(1)
    expect(await produced()).toEqual([5])
  })

  it('offers a viewer no step to take', async () => {
    const viewer = await browser.newPage({ viewport: { height: size.height, width: size.width } })
    await logIn(viewer, baseURL, 'viewer@example.com', 'viewer')
    await viewer.goto(`${baseURL}/admin/shop-floor/executions/${executions[3]!.id}`)
    await expect
      .poll(() => viewer.locator('#shop-floor-step-notice').innerText(), { timeout: 30_000 })
      .toMatch(/may look at executions but not move them/)
    expect(await viewer.locator('#shop-floor-move').count()).toBe(0)
    // Nor does the admin's nav offer the shop floor to someone with no work there.
    await viewer.goto(`${baseURL}/admin/collections/executions`)
    await viewer.locator('.nav').first().waitFor({ state: 'attached' })
    expect(await viewer.locator('#nav-shop-floor').count()).toBe(0)
    await viewer.close()
  })

  it('offers the shop floor in the desk’s nav, and every control is big enough', async () => {
    await page.goto(`${baseURL}/admin/collections/executions`)
    await expect.poll(() => page.locator('#nav-shop-floor').count(), { timeout: 30_000 }).toBe(1)
    expect(screens).toEqual(Object.fromEntries(Object.keys(screens).map((key) => [key, []])))
  })
})
