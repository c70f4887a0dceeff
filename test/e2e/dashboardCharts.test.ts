import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)
const chartIds = [
  'chart-planned-produced',
  'chart-stage-losses',
  'chart-product-costs',
  'chart-location-values',
]

describe('the production dashboard’s charts', () => {
  let browser: Browser
  let token: string
  const tag = Date.now().toString(36)
  const today = new Date().toISOString().slice(0, 10)

  const send = async (path: string, data: Record<string, unknown>, method = 'POST') => {
    const { body, status } = await api(path, { body: JSON.stringify(data), method, token })
    expect(status, JSON.stringify(body)).toBeLessThan(300)
    return body
  }

  /**
   * A store holding 13 steel at 7.13 (92.69, a figure found nowhere else), bolts made today on a
   * floor of their own, and a production run that lost steel at its sorting stage.
   */
  beforeAll(async () => {
    browser = await launchBrowser()
    token = await loginToken(baseURL)
    const location = async (name: string, kind: string) =>
      (await send('/locations', { kind, name: `${name} ${tag}` })).doc.id as number
    const item = async (sku: string, data: Record<string, unknown>) =>
      (
        await send('/items', {
          kind: 'material',
          name: `${sku} ${tag}`,
          sku: `${sku}-${tag}`,
          unit: 'pcs',
          ...data,
        })
      ).doc.id as number
    const floor = await location('Chart floor', 'production_floor')
    const store = await location('Chart store', 'warehouse')
    const steel = await item('STEEL', { standardCost: 7 })
    const bolt = await item('BOLT', { kind: 'product', standardCost: 12 })
    const virtual = (await api('/locations?where[kind][equals]=virtual&limit=20', { token })).body
      .docs
    const supplier = virtual.find(
      (doc: { virtualRole: string }) => doc.virtualRole === 'supplier',
    ).id
    await send('/manufacturing/postStockMovements', {
      key: `chart-e2e-${tag}`,
      lines: [
        { quantity: 13, to: store },
        { quantity: 100, to: floor },
      ].map((line) => ({
        ...line,
        from: supplier,
        item: steel,
        newLot: { unitCost: 7.13 },
        reason: 'receipt',
      })),
    })
    await send('/boms', {
      basis: 'per_unit',
      components: [{ item: steel, quantity: 2 }],
      outputQuantity: 1,
      product: bolt,
    })
    const statuses = (await api('/production-statuses?limit=100&depth=0', { token })).body.docs
    const completed = statuses.find((status: { name: string }) => status.name === 'Completed').id
    const execution = (
      await send('/executions', {
        plannedQuantity: 10,
        product: bolt,
        productionDate: today,
        productionFloor: floor,
      })
    ).doc
    await send(`/executions/${execution.id}`, { producedQuantity: 8, status: completed }, 'PATCH')
    const process = (
      await send('/processes', { name: `Bolt shop ${tag}`, stages: [{ name: 'Sorting' }] })
    ).doc
    const run = (
      await send('/production-runs', {
        description: `Bolts ${tag}`,
        location: floor,
        process: process.id,
      })
    ).doc
    await send('/manufacturing/recordInputs', {
      lines: [{ item: steel, quantity: 20 }],
      run: run.id,
      stage: 'Sorting',
    })
    await send('/manufacturing/recordLosses', {
      lines: [
        { item: steel, quantity: 2, type: 'waste' },
        { item: steel, quantity: 1, type: 'rejection' },
      ],
      run: run.id,
      stage: 'Sorting',
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  const open = async (email: string, password: string, dark = false): Promise<Page> => {
    const page = await browser.newPage({
      colorScheme: dark ? 'dark' : 'light',
      viewport: { height: 900, width: 1440 },
    })
    await logIn(page, baseURL, email, password)
    await page.goto(`${baseURL}/admin`)
    await page.getByTestId('dashboard-charts').waitFor()
    return page
  }
  const tableOf = async (page: Page, id: string) => {
    const figure = page.getByTestId(id)
    await figure.getByText('Show as a table').click()
    return (await figure.locator('table').textContent()) ?? ''
  }

  it('shows a planner all four charts, drawn, titled and readable as tables', async () => {
    const page = await open('planner@example.com', 'planner')
    for (const id of chartIds) {
      const figure = page.getByTestId(id)
      await expect
        .poll(() => figure.locator('svg.recharts-surface').count(), { message: id })
        .toBeGreaterThan(0)
      expect(await figure.locator('h3').textContent()).toBeTruthy()
      expect(await figure.locator('figcaption').textContent()).toBeTruthy()
    }
    await expect
      .poll(() =>
        page.getByTestId('chart-planned-produced').locator('.recharts-bar-rectangle').count(),
      )
      .toBeGreaterThan(0)
    expect(
      await page.getByTestId('chart-planned-produced').locator('.recharts-label').allTextContents(),
    ).toEqual(['Day', 'Units'])
    expect(await tableOf(page, 'chart-planned-produced')).toContain(today)
    expect(await tableOf(page, 'chart-stage-losses')).toMatch(
      new RegExp(`Bolt shop ${tag} › Sorting`),
    )
    expect(await tableOf(page, 'chart-product-costs')).toContain(`BOLT ${tag}`)
    const values = await tableOf(page, 'chart-location-values')
    expect(values).toContain(`Chart store ${tag}`)
    expect(values).toContain('92.69')
    // A tooltip on hovering a bar.
    const valueChart = page.getByTestId('chart-location-values')
    await valueChart.locator('.recharts-bar-rectangle').first().hover()
    await expect
      .poll(() => valueChart.locator('.recharts-tooltip-wrapper').textContent())
      .toMatch(/Value/)
    await screenshot(page, 'dashboard-charts-planner')
    await page.close()
  })

  it('follows the dark theme through Payload’s colours', async () => {
    const page = await open('planner@example.com', 'planner', true)
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark')
    const bar = page
      .getByTestId('chart-planned-produced')
      .locator('.recharts-bar-rectangle path')
      .first()
    await bar.waitFor()
    const fill = await bar.evaluate((element) => getComputedStyle(element).fill)
    expect(fill).toBe('rgb(21, 135, 186)')
    const tick = page
      .getByTestId('chart-planned-produced')
      .locator('.recharts-cartesian-axis-tick-value')
      .first()
    const light = await tick.evaluate((element) => getComputedStyle(element).fill)
    expect(light).not.toBe('rgb(0, 0, 0)')
    await screenshot(page, 'dashboard-charts-dark')
    await page.close()
  })

  it('shows a viewer the production charts only: no cost chart and no money anywhere', async () => {
    const page = await open('viewer@example.com', 'viewer')
    await expect
      .poll(() =>
        page.getByTestId('chart-planned-produced').locator('svg.recharts-surface').count(),
      )
      .toBeGreaterThan(0)
    expect(await page.getByTestId('chart-stage-losses').count()).toBe(1)
    expect(await page.getByTestId('chart-product-costs').count()).toBe(0)
    expect(await page.getByTestId('chart-location-values').count()).toBe(0)
    // Nor in what the server sent: the page's HTML and its flight data hold no cost figure.
    const html = await page.content()
    for (const figure of ['92.69', 'Standard against actual cost', 'On-hand value'])
      expect(html, figure).not.toContain(figure)
    await screenshot(page, 'dashboard-charts-viewer')
    await page.close()
  })
})
