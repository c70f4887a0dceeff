import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'

const baseURL = inject('baseURL')

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
})
