import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loggedInPage, pickChoice, screenshot } from '../support/browser'
import { httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)
const desk = { height: 900, width: 1440 }

/** The controls the plugin draws above a list, as the browser sees them. */
const barControls = (page: Page, bar: string) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)
    return {
      bareButtons: [...(root?.querySelectorAll('button') ?? [])].filter(
        (b) =>
          !b.classList.contains('btn') &&
          !b.classList.contains('pill') &&
          !b.closest('.rs__control'),
      ).length,
      inputs: [...(root?.querySelectorAll('input') ?? [])].filter((i) => !i.closest('.rs__control'))
        .length,
      pills: root?.querySelectorAll('.pill').length ?? 0,
      pickers: root?.querySelectorAll('.rs__control').length ?? 0,
      selects: root?.querySelectorAll('select').length ?? 0,
    }
  }, bar)

/** The status column's head and cells lie inside the table's visible box. */
async function statusColumnInside(page: Page) {
  const box = await page.locator('.table').first().boundingBox()
  const heads = [
    page.locator('#heading-status'),
    page.locator('tbody tr').first().locator('.manufacturing-status-badge'),
  ]
  for (const head of heads) {
    const own = await head.boundingBox()
    expect(own, 'the status column is drawn').not.toBeNull()
    expect(own!.x).toBeGreaterThanOrEqual(box!.x)
    expect(own!.x + own!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5)
  }
}

describe('the desk admin at 1440 × 900, as a planner and as a viewer', () => {
  let browser: Browser
  let planner: Page
  let plan: number

  beforeAll(async () => {
    browser = await launchBrowser()
    planner = await loggedInPage(
      browser,
      baseURL,
      { viewport: desk },
      'planner@example.com',
      'planner',
    )
    const token = await loginToken(baseURL, 'planner@example.com', 'planner')
    const find = async (collection: string, name: string) =>
      (
        await api(`/${collection}?where[name][equals]=${encodeURIComponent(name)}&depth=0`, {
          token,
        })
      ).body.docs[0].id as number
    const { body, status } = await api('/production-plans', {
      body: JSON.stringify({
        date: '2027-02-05',
        lines: [
          { product: await find('items', 'Pizza Margherita'), quantity: 10 },
          { product: await find('items', 'Lasagna'), quantity: 4 },
        ],
        name: `Desk plan ${Date.now().toString(36)}`,
        productionFloor: await find('locations', 'Floor B (kitchen)'),
      }),
      method: 'POST',
      token,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    plan = body.doc.id
  })
  afterAll(async () => {
    await browser?.close()
  })

  it("draws the executions list's filters and tools with Payload's own controls", async () => {
    await planner.goto(`${baseURL}/admin/collections/executions`)
    await planner.locator('#export-executions-csv').waitFor()
    await screenshot(planner, 'desk-executions-list')
    expect(await barControls(planner, '.execution-list-filters')).toEqual({
      bareButtons: 0,
      inputs: 0,
      pickers: 1,
      pills: 6,
      selects: 0,
    })
    expect(await planner.locator('select').count()).toBe(0)
    expect(await planner.locator('#bulk-create').getAttribute('class')).toContain('btn--style-pill')
    expect(await planner.locator('#export-executions-csv').getAttribute('class')).toContain('btn')
    await planner.locator('[data-date-filter="this_month"]').click()
    await expect.poll(() => planner.url()).toContain('dates=this_month')
    expect(
      await planner.locator('[data-date-filter="this_month"]').getAttribute('class'),
    ).toContain('pill--style-dark')
    await pickChoice(planner, 'execution-floor-filter', 'Floor B (kitchen)')
    await expect.poll(() => planner.url()).toMatch(/floor=\d+/)
  })

  it('shows the columns a planner reads first, the status fully, and empty cells empty', async () => {
    for (const collection of ['executions', 'manufacturing-orders']) {
      await planner.goto(`${baseURL}/admin/collections/${collection}`)
      await planner.locator('tbody tr').first().waitFor()
      await planner.locator('tbody .manufacturing-status-badge').first().waitFor()
      await screenshot(planner, `desk-${collection}-columns`)
      await statusColumnInside(planner)
      expect(await planner.locator('tbody').innerText()).not.toContain('<No ')
    }
    const heads = await planner.locator('thead th').allInnerTexts()
    expect(heads.map((h) => h.trim()).filter(Boolean)).toEqual([
      'Order Number',
      'Product',
      'Quantity',
      'Batches',
      'Deadline',
      'Status',
      'Production State',
      'Location',
    ])
  })

  it("shows a plan's generated executions as a tree, each named by code and product", async () => {
    await planner.goto(`${baseURL}/admin/collections/production-plans/${plan}`)
    await planner.locator('#plan-executions-tree').waitFor()
    expect(await planner.locator('#plan-executions-tree tr[data-execution]').count()).toBe(0)
    await planner.getByRole('button', { name: 'Generate executions', exact: true }).click()
    const rows = planner.locator('#plan-executions-tree tr[data-execution]')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(4)
    await screenshot(planner, 'desk-plan-tree')
    const lines = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        badge: Boolean(tr.querySelector('.manufacturing-status-badge')),
        depth: tr.getAttribute('data-depth'),
        link: tr.querySelector('a')?.getAttribute('href') ?? '',
        name: tr.querySelector('a')?.textContent ?? '',
        repeated: tr.hasAttribute('data-repeated'),
        shared: tr.hasAttribute('data-shared'),
      })),
    )
    const named = (product: string) => new RegExp(`^EX-\\d+ · ${product}$`)
    expect(lines.map((l) => [l.depth, l.shared, l.repeated])).toEqual([
      ['0', false, false],
      ['1', true, false],
      ['0', false, false],
      ['1', true, true],
    ])
    expect(lines[0]!.name).toMatch(named('Pizza Margherita'))
    expect(lines[1]!.name).toMatch(named('Tomato sauce'))
    expect(lines[2]!.name).toMatch(named('Lasagna'))
    expect(lines.every((l) => l.badge && /\/collections\/executions\/\d+$/.test(l.link))).toBe(true)
    expect(await rows.nth(1).innerText()).toContain('Shared by 2')

    // The shared sauce names the executions that consume it by code and product.
    await planner.goto(`${baseURL}${lines[1]!.link}`)
    await planner.getByText('Predecessor executions', { exact: true }).first().click()
    const predecessors = planner.getByTestId('predecessors').locator('a')
    await expect.poll(() => predecessors.allInnerTexts()).toHaveLength(2)
    const names = await predecessors.allInnerTexts()
    expect(names[0]).toMatch(named('Pizza Margherita'))
    expect(names[1]).toMatch(named('Lasagna'))
    await screenshot(planner, 'desk-predecessors')
  })

  it('lets a viewer read the list and the tree, with no create or generate control', async () => {
    const viewer = await loggedInPage(
      browser,
      baseURL,
      { viewport: desk },
      'viewer@example.com',
      'viewer',
    )
    await viewer.goto(`${baseURL}/admin/collections/executions`)
    await viewer.locator('#export-executions-csv').waitFor()
    expect(await viewer.locator('#bulk-create').count()).toBe(0)
    expect(await viewer.locator('.list-create-new-doc__create-new-button').count()).toBe(0)
    expect(await viewer.locator('select').count()).toBe(0)
    await statusColumnInside(viewer)
    expect(await viewer.locator('tbody').innerText()).not.toContain('<No ')
    await viewer.goto(`${baseURL}/admin/collections/production-plans/${plan}`)
    await viewer.locator('#plan-executions-tree tr[data-execution]').first().waitFor()
    expect(await viewer.locator('#plan-executions-tree tr[data-execution]').count()).toBe(4)
    expect(await viewer.getByRole('button', { name: 'Generate executions' }).count()).toBe(0)
    expect(await viewer.getByRole('button', { name: 'Generate in background' }).count()).toBe(0)
    await screenshot(viewer, 'desk-plan-tree-viewer')
    await viewer.close()
  })
})
