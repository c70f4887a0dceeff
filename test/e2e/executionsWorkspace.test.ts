import type { Browser, Page } from 'playwright-core'

import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, loggedInPage, pickChoice, screenshot } from '../support/browser'
import { documentCreator, httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

describe('the executions workspace in the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const create = documentCreator(baseURL, () => token)
  const execution = async (id: number) =>
    (await api(`/executions/${id}?depth=0`, { token })).body as {
      code: string
      productionDate: string
    }

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await loggedInPage(browser, baseURL, {
      acceptDownloads: true,
      viewport: { height: 900, width: 1500 },
    })
    token = await loginToken(baseURL)
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('filters by Tomorrow and a floor, exports, prints recipe cards and moves three rows to another date', async () => {
    const flour = await create('items', {
      kind: 'material',
      name: `Workspace flour ${tag}`,
      sku: `WS-FLOUR-${tag}`,
      unit: 'kg',
    })
    const bread = await create('items', {
      kind: 'product',
      name: `Workspace bread ${tag}`,
      sku: `WS-BREAD-${tag}`,
      unit: 'pcs',
    })
    const baker = await create('items', {
      kind: 'resource',
      name: `Baker ${tag}`,
      sku: `WS-BAKER-${tag}`,
      unit: 'h',
    })
    await create('boms', {
      basis: 'per_unit',
      components: [{ item: flour.id, quantity: 2 }],
      operations: [
        {
          crewSize: 1,
          minutes: 30,
          resource: baker.id,
          resourceType: 'labor',
          step: 'Knead the dough',
        },
      ],
      outputQuantity: 1,
      product: bread.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Bakery ${tag}` })
    const other = await create('locations', { kind: 'production_floor', name: `Annex ${tag}` })
    const make = (lotLabel: string, productionDate: string, productionFloor: number) =>
      create('executions', {
        lotLabel,
        plannedQuantity: 3,
        product: bread.id,
        productionDate,
        productionFloor,
      })
    const wanted = [
      await make(`WS1-${tag}`, day(1), floor.id),
      await make(`WS2-${tag}`, day(1), floor.id),
      await make(`WS3-${tag}`, day(1), floor.id),
    ]
    await make(`WS-TODAY-${tag}`, day(0), floor.id)
    await make(`WS-ANNEX-${tag}`, day(1), other.id)

    await page.goto(`${baseURL}/admin/collections/executions?limit=100`)
    // Payload settles the list's URL once it has loaded: filter after that.
    await page.locator('#export-executions-csv').waitFor()
    await page.waitForLoadState('networkidle')
    await page.locator('[data-date-filter="tomorrow"]').click()
    await expect.poll(() => page.url()).toContain('dates=tomorrow')
    await pickChoice(page, 'execution-floor-filter', floor.name)
    await expect.poll(() => page.url()).toContain(`floor=${floor.id}`)
    const rows = page.locator('table tbody tr')
    await expect
      .poll(async () => (await rows.allInnerTexts()).map((t) => t.match(/EX-\d+/)?.[0]).sort())
      .toEqual(wanted.map((w) => w.code).sort())

    // The list as filtered, as CSV.
    const [listCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-executions-csv').click(),
    ])
    const listed = Papa.parse<string[]>(readFileSync((await listCsv.path())!, 'utf8').trim()).data
    expect(listed[0]![0]).toBe('Code')
    expect(
      listed
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(wanted.map((w) => w.lotLabel).sort())

    for (const row of await rows.all())
      await row.locator('.select-row input[type="checkbox"]').check()
    const bar = page.getByTestId('bulk-bar')
    await expect.poll(() => bar.innerText()).toContain('3 selected')
    await screenshot(page, 'executions-workspace-selected')

    const [materials] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#export-material-stock-csv').click(),
    ])
    const stock = Papa.parse<string[]>(readFileSync((await materials.path())!, 'utf8').trim()).data
    expect(stock).toEqual([
      ['SKU', 'Item', 'Unit', 'Required', 'On Hand', 'Available', 'Shortage'],
      [flour.sku, flour.name, 'kg', '18', '0', '0', '18'],
    ])

    const [cards] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#recipe-cards-pdf').click(),
    ])
    const pdf = readFileSync((await cards.path())!)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(cards.suggestedFilename()).toBe('recipe-cards.pdf')

    await page.locator('#bulk-move-date').click()
    await page.locator('#bulk-move-date input[name="date"]').fill(day(7))
    await page.locator('#bulk-move-date-confirm').click()
    for (const w of wanted)
      await expect
        .poll(async () => (await execution(w.id)).productionDate.slice(0, 10), { timeout: 15_000 })
        .toBe(day(7))
    // Moved away from tomorrow: the filtered list empties.
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(0)
  })

  it('creates several executions from the form, and shows a child execution and its parent linked', async () => {
    const salt = await create('items', {
      kind: 'material',
      name: `Salt ${tag}`,
      sku: `SALT-${tag}`,
      unit: 'kg',
    })
    const dough = await create('items', {
      kind: 'product',
      name: `Dough ${tag}`,
      sku: `DOUGH-${tag}`,
      unit: 'kg',
    })
    const pie = await create('items', {
      kind: 'product',
      name: `Pie ${tag}`,
      sku: `PIE-${tag}`,
      unit: 'pcs',
    })
    await create('boms', {
      components: [{ item: salt.id, quantity: 1 }],
      outputQuantity: 1,
      product: dough.id,
    })
    await create('boms', {
      components: [{ item: dough.id, quantity: 2 }],
      outputQuantity: 1,
      product: pie.id,
    })
    const floor = await create('locations', { kind: 'production_floor', name: `Pie floor ${tag}` })

    await page.goto(`${baseURL}/admin/collections/executions`)
    await page.locator('#bulk-create').click()
    const dialog = page.locator('#bulk-create')
    await dialog.getByLabel('Product, row 1').fill(pie.sku)
    await dialog.getByLabel('Planned quantity, row 1').fill('5')
    await dialog.getByLabel('Production date, row 1').fill(day(2))
    await dialog.getByLabel('Production floor, row 1').selectOption({ label: floor.name })
    await dialog.getByRole('button', { name: 'Add row' }).click()
    await dialog.getByLabel('Product, row 2').fill(dough.sku)
    await dialog.getByLabel('Planned quantity, row 2').fill('10')
    await page.locator('#bulk-create-confirm').click()
    const created = async () =>
      (
        await api(`/executions?where[productionFloor][equals]=${floor.id}&depth=0&sort=id`, {
          token,
        })
      ).body.docs as { code: string; id: number; plannedQuantity: number }[]
    await expect
      .poll(async () => (await created()).map((d) => d.plannedQuantity), { timeout: 15_000 })
      .toEqual([5, 10])
    const [parent, child] = await created()

    // Link them the way planning does: the pie's dough comes from the dough execution.
    const full = (await api(`/executions/${parent!.id}?depth=0`, { token })).body
    await api(`/executions/${parent!.id}`, {
      body: JSON.stringify({
        requirements: full.requirements.map((r: any) => ({
          ...r,
          childExecution: child!.id,
          kind: 'sub_recipe',
        })),
      }),
      method: 'PATCH',
      token,
    })
    await api(`/executions/${child!.id}`, {
      body: JSON.stringify({ parents: [{ execution: parent!.id, requiredQuantity: 10 }] }),
      method: 'PATCH',
      token,
    })

    await page.goto(`${baseURL}/admin/collections/executions/${parent!.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Requirements' }).click()
    const supply = page.getByTestId('supply-overview')
    await expect.poll(() => supply.innerText()).toContain(child!.code)
    await expect.poll(() => supply.locator('.manufacturing-status-badge').count()).toBe(1)
    await screenshot(page, 'execution-supply')
    await supply.getByRole('link', { name: child!.code }).click()
    await page.waitForURL(`**/executions/${child!.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Predecessor executions' }).click()
    const predecessors = page.getByTestId('predecessors')
    await expect.poll(() => predecessors.innerText()).toContain(parent!.code)
    expect(await predecessors.innerText()).toContain('10')
  })
})
