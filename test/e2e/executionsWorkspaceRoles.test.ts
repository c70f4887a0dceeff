import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

/** Every tool of the executions list and its selection bar, by the id its button carries. */
const tools = [
  'bulk-create',
  'bulk-status',
  'bulk-move-date',
  'bulk-edit',
  'bulk-request-materials',
  'bulk-delete',
] as const

describe("the executions list's tools by role", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** The tools `email` sees with the list's first row selected. */
  async function toolsSeenBy(email: string, password: string) {
    const page = await browser.newPage({ viewport: { height: 900, width: 1500 } })
    await logIn(page, baseURL, email, password)
    await page.goto(`${baseURL}/admin/collections/executions?limit=10`)
    await page.locator('#export-executions-csv').waitFor()
    await page.locator('table tbody tr .select-row input[type="checkbox"]').first().check()
    await expect.poll(() => page.getByTestId('bulk-bar').innerText()).toContain('1 selected')
    await screenshot(page, `executions-tools-${email.split('@')[0]}`)
    const seen: string[] = []
    for (const id of tools) if ((await page.locator(`#${id}`).count()) > 0) seen.push(id)
    await page.close()
    return seen
  }

  it('offers each user only what their role allows', async () => {
    // Everything, for the administrator.
    expect(await toolsSeenBy('admin@example.com', 'admin')).toEqual([...tools])
    // The planner creates, updates, moves dates and asks the store, but does not delete.
    expect(await toolsSeenBy('planner@example.com', 'planner')).toEqual([
      'bulk-create',
      'bulk-status',
      'bulk-move-date',
      'bulk-edit',
      'bulk-request-materials',
    ])
    // The operator updates executions: their status and quantities, nothing else.
    expect(await toolsSeenBy('operator@example.com', 'operator')).toEqual([
      'bulk-status',
      'bulk-edit',
    ])
    // The viewer only reads: the downloads stay, every change is gone.
    expect(await toolsSeenBy('viewer@example.com', 'viewer')).toEqual([])
  })
  it('creates several executions done, at the planned quantity unless one is entered', async () => {
    const token = (
      await api('/users/login', {
        body: JSON.stringify({ email: 'admin@example.com', password: 'admin' }),
        method: 'POST',
      })
    ).body.token
    const post = async (collection: string, data: Record<string, unknown>) =>
      (await api(`/${collection}`, { body: JSON.stringify(data), method: 'POST', token })).body.doc
    const tag = Date.now().toString(36)
    const cake = await post('items', {
      kind: 'product',
      name: `Done cake ${tag}`,
      sku: `DONE-CAKE-${tag}`,
      unit: 'pcs',
    })
    const floor = await post('locations', { kind: 'production_floor', name: `Done floor ${tag}` })
    const settings = (await api('/globals/production-settings?depth=0', { token })).body
    const { docs: statuses } = (
      await api('/production-statuses?sort=_order&limit=100&depth=0', { token })
    ).body
    const setDefault = (defaultStatus: number) =>
      api('/globals/production-settings', {
        body: JSON.stringify({ defaultStatus }),
        method: 'POST',
        token,
      })
    const last = statuses[statuses.length - 1]
    expect((await setDefault(last.id)).status).toBe(200)
    const page = await browser.newPage({ viewport: { height: 900, width: 1500 } })
    try {
      await logIn(page, baseURL, 'admin@example.com', 'admin')
      await page.goto(`${baseURL}/admin/collections/executions`)
      await page.locator('button#bulk-create').click()
      const dialog = page.getByRole('dialog', { name: 'Create several executions' })
      await expect
        .poll(() => dialog.innerText())
        .toContain(`New executions are created ${last.name}`)
      await dialog.getByLabel('Product, row 1').fill(cake.sku)
      await dialog.getByLabel('Planned quantity, row 1').fill('5')
      await dialog.getByLabel('Production floor, row 1').selectOption({ label: floor.name })
      await dialog.getByRole('button', { name: 'Add row' }).click()
      await dialog.getByLabel('Planned quantity, row 2').fill('4')
      await dialog.getByLabel('Produced quantity, row 2').fill('3')
      await screenshot(page, 'executions-create-several-done')
      await page.locator('#bulk-create-confirm').click()
      await expect
        .poll(
          async () =>
            (
              await api(`/executions?where[productionFloor][equals]=${floor.id}&depth=0&sort=id`, {
                token,
              })
            ).body.docs.map((d: any) => [d.plannedQuantity, d.producedQuantity, d.status]),
          { timeout: 15_000 },
        )
        .toEqual([
          [5, 5, last.id],
          [4, 3, last.id],
        ])
    } finally {
      await page.close()
      await setDefault(settings.defaultStatus)
    }
  })
})
