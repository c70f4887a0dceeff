import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { httpApi, loginToken } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

describe("a lot's traceability on its page", () => {
  let browser: Browser
  let token: string
  const tag = Date.now().toString(36)
  const lots = {} as Record<'pizza' | 'sauce' | 'tomato', { code: string; id: number }>

  const send = async (method: string, path: string, data: Record<string, unknown>) => {
    const { body, status } = await api(path, { body: JSON.stringify(data), method, token })
    expect(status, JSON.stringify(body)).toBeLessThan(300)
    return body.doc
  }
  const lotMoved = async (execution: number, reason: string) => {
    const where = `where[sourceId][equals]=${execution}&where[sourceCollection][equals]=executions&where[reason][equals]=${reason}`
    const { body } = await api(`/stock-movements?${where}&depth=1&limit=1`, { token })
    return { code: body.docs[0].lot.code as string, id: body.docs[0].lot.id as number }
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    token = await loginToken(baseURL)
    const statuses = (await api('/production-statuses?limit=100&depth=0', { token })).body.docs
    const completed = statuses.find((status: { name: string }) => status.name === 'Completed').id
    const floor = await send('POST', '/locations', {
      kind: 'production_floor',
      name: `Trace kitchen ${tag}`,
    })
    const item = (name: string, kind: string) =>
      send('POST', '/items', { kind, name: `${name} ${tag}`, sku: `${name}-${tag}`, unit: 'kg' })
    const tomato = await item('Tomato', 'material')
    const sauce = await item('Sauce', 'product')
    const pizza = await item('Pizza', 'product')
    const bom = (product: number, component: number) =>
      send('POST', '/boms', {
        basis: 'per_unit',
        components: [{ item: component, quantity: 2 }],
        outputQuantity: 1,
        product,
      })
    await bom(sauce.id, tomato.id)
    await bom(pizza.id, sauce.id)
    await send('POST', '/inventory-adjustments', {
      lines: [{ item: tomato.id, quantityDelta: 20 }],
      location: floor.id,
      type: 'found',
    })
    const make = async (product: number, quantity: number) => {
      const execution = await send('POST', '/executions', {
        plannedQuantity: quantity,
        product,
        productionDate: '2026-12-01',
        productionFloor: floor.id,
      })
      await send('PATCH', `/executions/${execution.id}`, {
        producedQuantity: quantity,
        status: completed,
      })
      return execution.id as number
    }
    const sauceRun = await make(sauce.id, 4)
    const pizzaRun = await make(pizza.id, 1)
    lots.tomato = await lotMoved(sauceRun, 'consume')
    lots.sauce = await lotMoved(sauceRun, 'produce')
    lots.pizza = await lotMoved(pizzaRun, 'produce')
  })
  afterAll(async () => {
    await browser?.close()
  })

  const open = async (email: string, password: string, lot: number): Promise<Page> => {
    const page = await browser.newPage({ viewport: { height: 900, width: 1440 } })
    await logIn(page, baseURL, email, password)
    await page.goto(`${baseURL}/admin/collections/lots/${lot}`)
    await page
      .getByRole('heading', { name: 'Traceability' })
      .or(page.locator('#field-code'))
      .first()
      .waitFor()
    return page
  }

  it('shows a planner where the sauce came from and what it went into, with the recall report', async () => {
    const page = await open('planner@example.com', 'planner', lots.sauce.id)
    const backward = page.getByTestId('trace-backward')
    await expect.poll(() => backward.locator(`[data-lot="${lots.tomato.code}"]`).count()).toBe(1)
    await expect.poll(() => backward.textContent()).toMatch(/made by EX-\d+ \(made 4 kg\)/)
    const forward = page.getByTestId('trace-forward')
    expect(await forward.locator(`[data-lot="${lots.pizza.code}"]`).textContent()).toContain(
      `on hand: 1 kg at Trace kitchen ${tag}`,
    )
    expect(await forward.textContent()).toMatch(/used by EX-\d+ \(used 2 kg\)/)
    const csv = page.getByRole('link', { name: 'Recall report (CSV)' })
    expect(await csv.getAttribute('href')).toMatch(
      new RegExp(`/api/lots/${lots.sauce.id}/recall\\.csv$`),
    )
    const download = await page.request.get(
      new URL(String(await csv.getAttribute('href')), baseURL).href,
    )
    expect(download.status()).toBe(200)
    expect(await download.text()).toContain(lots.pizza.code)
    await screenshot(page, 'lot-trace')
    await page.close()
  })

  it('shows a viewer, who may not trace lots, the lot without its trace', async () => {
    const page = await open('viewer@example.com', 'viewer', lots.sauce.id)
    await page.locator('#field-code').waitFor()
    expect(await page.getByTestId('lot-trace').count()).toBe(0)
    await page.close()
  })
})
