import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loggedInPage, screenshot } from '../support/browser'
import { httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

const noon = (offset: number) =>
  `${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T12:00:00.000Z`

/**
 * A production manager's morning on the dashboard: a fresh floor with a late execution, one today
 * short of bolts, one in the second status, an order past its deadline and a run under way.
 */
describe('the production dashboard as the admin’s home', () => {
  let browser: Browser
  let admin: string
  let floor: number
  const tag = Date.now().toString(36)

  const post = async (path: string, data: Record<string, unknown>, expected = 201) => {
    const { body, status } = await api(path, {
      body: JSON.stringify(data),
      method: 'POST',
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(expected)
    return body
  }
  const created = async (collection: string, data: Record<string, unknown>) =>
    (await post(`/${collection}`, data)).doc.id as number

  beforeAll(async () => {
    browser = await launchBrowser()
    admin = await loginToken(baseURL)
    floor = await created('locations', { kind: 'production_floor', name: `Dash floor ${tag}` })
    const item = (sku: string, kind: string, standardCost?: number) =>
      created('items', {
        kind,
        name: `${sku} ${tag}`,
        sku: `${sku}-${tag}`,
        standardCost,
        unit: 'pcs',
      })
    const label = await item('LABEL', 'material')
    const bolt = await item('BOLT', 'material', 3)
    const plain = await item('PLAIN', 'product')
    const widget = await item('WIDGET', 'product')
    await post('/inventory-adjustments', {
      lines: [{ item: label, quantityDelta: 1000 }],
      location: floor,
      type: 'found',
    })
    const bom = (product: number, component: number, quantity: number) =>
      post('/boms', {
        basis: 'per_unit',
        components: [{ item: component, quantity }],
        outputQuantity: 1,
        product,
      })
    await bom(plain, label, 1)
    await bom(widget, bolt, 2)
    const { body } = await api('/production-statuses?sort=_order&depth=0&limit=50', {
      token: admin,
    })
    const [first, second] = body.docs.map((doc: { id: number }) => doc.id)
    const execution = (product: number, offset: number, status: number) =>
      created('executions', {
        plannedQuantity: 10,
        product,
        productionDate: noon(offset),
        productionFloor: floor,
        status,
      })
    await execution(plain, -1, first)
    await execution(widget, 0, first)
    await execution(plain, 0, second)
    await created('manufacturing-orders', {
      deadline: noon(-1),
      location: floor,
      product: plain,
      quantity: 1,
    })
    const process = await created('processes', {
      name: `Dash process ${tag}`,
      stages: [{ name: 'Mixing' }, { name: 'Baking' }],
    })
    await created('production-runs', { description: `Dash run ${tag}`, location: floor, process })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const home = async (email: string, password: string, scheme: 'dark' | 'light' = 'light') => {
    const page = await loggedInPage(
      browser,
      baseURL,
      { colorScheme: scheme, viewport: { height: 900, width: 1440 } },
      email,
      password,
    )
    await page.goto(`${baseURL}/admin?floor=${floor}`)
    await page.locator('[data-dashboard-section="executions"]').waitFor({ timeout: 30_000 })
    return page
  }

  /** Follows a figure's link and counts the rows of the list it opens. */
  const followed = async (page: Page, figure: string) => {
    const link = page.locator(`a[data-figure="${figure}"]`).first()
    const count = Number(await link.getAttribute('data-count'))
    const href = (await link.getAttribute('href'))!
    await page.goto(`${baseURL}${href}`)
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 30_000 }).toBe(count)
    return count
  }

  it('shows a planner the sections, and every figure opens its list with the same count', async () => {
    const page = await home('planner@example.com', 'planner')
    for (const section of ['executions', 'orders', 'short', 'store-queue', 'runs'])
      expect(await page.locator(`[data-dashboard-section="${section}"]`).count()).toBe(1)
    // The role line stays above the dashboard.
    expect(await page.locator('.dashboard').innerText()).toMatch(/Planner/)
    const short = page.locator(`tr[data-short-item="BOLT-${tag}"]`)
    expect(await short.innerText()).toMatch(/20 pcs/)
    expect(await short.locator('[data-short-action="buy"]').count()).toBe(1)
    expect(await page.locator('[data-figure="short-value"]').innerText()).toContain('60.00')
    await screenshot(page, 'dashboard-planner')

    expect(await followed(page, 'executions-late')).toBe(1)
    await page.goBack()
    await page.locator('[data-dashboard-section="executions"]').waitFor()
    expect(await followed(page, 'executions-total')).toBe(2)
    await page.goBack()
    await page.locator('[data-dashboard-section="executions"]').waitFor()
    expect(await followed(page, 'orders-late')).toBe(1)
    await page.goBack()
    await page.locator('[data-dashboard-section="short"]').waitFor()
    expect(await followed(page, 'short-executions')).toBe(1)
    await page.goBack()
    await page.locator('[data-dashboard-section="runs"]').waitFor()
    expect(await followed(page, 'runs')).toBe(1)
    await page.close()
  })

  it('changes floor and days from the filters, and looks native in the dark', async () => {
    const page = await home('planner@example.com', 'planner', 'dark')
    await page.locator('[data-dashboard-days="1"]').click()
    await page.waitForURL(/days=1/)
    await expect
      .poll(() => page.locator('[data-dashboard-section="executions"] thead th').count())
      .toBe(3)
    await page.locator('[data-dashboard-floor="all"]').click()
    await page.waitForURL((url) => !url.searchParams.has('floor'))
    await page.locator('[data-dashboard-section="executions"]').waitFor()
    await screenshot(page, 'dashboard-planner-dark')
    await page.close()
  })

  it('shows a viewer the same figures but no money and nothing to act on', async () => {
    const page = await home('viewer@example.com', 'viewer')
    const short = page.locator(`tr[data-short-item="BOLT-${tag}"]`)
    expect(await short.innerText()).toMatch(/20 pcs/)
    expect(await page.locator('[data-short-action]').count()).toBe(0)
    expect(await page.locator('[data-figure="short-value"]').count()).toBe(0)
    expect(await page.locator('.production-dashboard__figures').innerText()).not.toMatch(
      /cost|value/i,
    )
    await screenshot(page, 'dashboard-viewer')
    expect(await followed(page, 'executions-late')).toBe(1)
    await page.close()
  })

  it('leaves Payload’s own home to a user who sees no production', async () => {
    const role = await created('roles', {
      name: `Sales clerk ${tag}`,
      permissions: ['salesOrders.view'],
    })
    await created('users', {
      email: `clerk-${tag}@example.com`,
      password: 'clerk-password',
      roles: [role],
    })
    const page = await loggedInPage(
      browser,
      baseURL,
      { viewport: { height: 900, width: 1440 } },
      `clerk-${tag}@example.com`,
      'clerk-password',
    )
    await page.goto(`${baseURL}/admin`)
    await expect
      .poll(() => page.locator('.dashboard').innerText(), { timeout: 30_000 })
      .toMatch(/Sales orders/)
    expect(await page.locator('[data-dashboard-section]').count()).toBe(0)
    await page.close()
  })
})
