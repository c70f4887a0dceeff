import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')

const api = httpApi(baseURL)

describe('the processes list as the production module’s home', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)
  const post = async (path: string, data: Record<string, unknown>, expected = 201) => {
    const { body, status } = await api(path, { body: JSON.stringify(data), method: 'POST', token })
    expect(status, JSON.stringify(body)).toBe(expected)
    return body
  }

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 1000, width: 1400 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('shows each process with runs under way, and the stage each run has reached', async () => {
    const floor = (
      await post('/locations', { kind: 'production_floor', name: `Cutting room ${tag}` })
    ).doc.id
    const rough = (
      await post('/items', { kind: 'material', name: `Rough ${tag}`, sku: `ROUGH-${tag}` })
    ).doc.id
    await post('/inventory-adjustments', {
      lines: [{ item: rough, quantityDelta: 10 }],
      location: floor,
      type: 'found',
    })
    const process = (
      await post('/processes', {
        name: `Gem cutting ${tag}`,
        stages: [{ name: 'Sorting' }, { name: 'Cutting' }, { name: 'Polishing' }],
      })
    ).doc
    const run = async (description: string) =>
      (await post('/production-runs', { description, location: floor, process: process.id })).doc
    const cutting = await run(`Sapphires ${tag}`)
    const waiting = await run(`Rubies ${tag}`)
    await post(
      '/manufacturing/recordInputs',
      { lines: [{ item: rough, quantity: 4 }], run: cutting.id, stage: 'Cutting' },
      200,
    )

    await page.goto(`${baseURL}/admin/collections/processes`)
    const board = page.getByTestId('processes-board')
    const block = board.locator(`[data-process="Gem cutting ${tag}"]`)
    await block.waitFor({ timeout: 30_000 })
    await expect.poll(() => block.locator('h4').innerText()).toMatch(/2 runs/)
    const row = (code: string) => block.locator(`tr[data-run="${code}"]`)
    expect(await row(cutting.code).innerText()).toContain(`Sapphires ${tag}`)
    expect(await row(cutting.code).locator('[data-column="stage"]').innerText()).toBe(
      'Cutting (2 of 3)',
    )
    expect(await row(waiting.code).locator('[data-column="stage"]').innerText()).toBe('Not started')
    // The table of processes stays below it.
    await expect
      .poll(() => page.locator('table').last().innerText())
      .toContain(`Gem cutting ${tag}`)
    await screenshot(page, 'processes-home')

    // A run opens from its code.
    await row(cutting.code).getByRole('link', { name: cutting.code }).click()
    await page.waitForURL(new RegExp(`/production-runs/${cutting.id}`), { timeout: 15_000 })
  })
})
