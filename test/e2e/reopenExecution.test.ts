import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { documentCreator, httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')

const api = httpApi(baseURL)

/**
 * Reopening a completed execution from its page: the button shows only to users who may reopen
 * and only while the execution is completed; its dialog asks the reason and the execution goes
 * back, its product taken out of stock, the reason recorded.
 */
describe('reopening a completed execution in the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const create = documentCreator(baseURL, () => token)
  const login = async (email: string, password: string) =>
    (
      await api('/users/login', {
        body: JSON.stringify({ email, password }),
        method: 'POST',
      })
    ).body.token as string
  const onHand = async (item: number, location: number) => {
    const { body } = await api(
      `/stock-balances?depth=0&limit=100&where[item][equals]=${item}&where[location][equals]=${location}`,
      { token },
    )
    return (body.docs as { onHand: number }[]).reduce((sum, doc) => sum + doc.onHand, 0)
  }
  const button = () => page.locator('#reopen-execution-button')

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { height: 900, width: 1400 } })
    token = await login('admin@example.com', 'admin')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows Reopen… only to those who may, only when completed, and reopens with a reason', async () => {
    const statuses = (await api('/production-statuses?sort=_order&limit=200&depth=0', { token }))
      .body.docs as { id: number; name: string }[]
    const final = statuses.at(-1)!
    const before = statuses.at(-2)!
    const floor = await create('locations', { kind: 'production_floor', name: `Reopen ${tag}` })
    const wood = await create('items', {
      kind: 'material',
      name: `Wood ${tag}`,
      sku: `WOOD-${tag}`,
      standardCost: 3,
      unit: 'kg',
    })
    const stool = await create('items', {
      kind: 'product',
      name: `Stool ${tag}`,
      sku: `STOOL-${tag}`,
      unit: 'pcs',
    })
    await create('inventory-adjustments', {
      lines: [{ item: wood.id, quantityDelta: 10 }],
      location: floor.id,
      type: 'found',
    })
    await create('boms', {
      basis: 'per_unit',
      components: [{ item: wood.id, quantity: 2 }],
      outputQuantity: 1,
      product: stool.id,
    })
    const make = () =>
      create('executions', {
        plannedQuantity: 2,
        product: stool.id,
        productionDate: '2026-12-08',
        productionFloor: floor.id,
      })
    const open = await make()
    const done = await make()
    const completed = await api(`/executions/${done.id}`, {
      body: JSON.stringify({ producedQuantity: 2, status: final.id }),
      method: 'PATCH',
      token,
    })
    expect(completed.status, JSON.stringify(completed.body)).toBe(200)
    expect(await onHand(stool.id, floor.id)).toBe(2)

    // A planner may update executions but not reopen them: no button.
    await logIn(page, baseURL, 'planner@example.com', 'planner')
    await page.goto(`${baseURL}/admin/collections/executions/${done.id}`)
    await page.locator('#field-plannedQuantity').waitFor()
    expect(await button().count()).toBe(0)
    await page.context().clearCookies()

    await logIn(page, baseURL, 'admin@example.com', 'admin')
    // Not completed: no button.
    await page.goto(`${baseURL}/admin/collections/executions/${open.id}`)
    await page.locator('#field-plannedQuantity').waitFor()
    expect(await button().count()).toBe(0)

    await page.goto(`${baseURL}/admin/collections/executions/${done.id}`)
    await button().click()
    const dialog = page.locator('#reopen-execution')
    await dialog.waitFor()
    const confirm = page.locator('#reopen-execution-confirm')
    expect(await confirm.isDisabled()).toBe(true)
    await page.locator('#reopen-execution-reason').fill('Two stools failed inspection')
    await screenshot(page, 'reopen-execution-dialog')
    await confirm.click()
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(async () => (await api(`/executions/${done.id}?depth=0`, { token })).body.status)
      .toBe(before.id)
    const stored = (await api(`/executions/${done.id}?depth=0`, { token })).body
    expect(stored.reopenings.map((r: { reason: string }) => r.reason)).toEqual([
      'Two stools failed inspection',
    ])
    expect(await onHand(stool.id, floor.id)).toBe(0)
    // Back before the final status, there is nothing to reopen.
    await expect.poll(() => button().count()).toBe(0)
    await screenshot(page, 'reopen-execution-done')
  })
})
