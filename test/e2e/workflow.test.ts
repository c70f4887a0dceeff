import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { adminSession, screenshot } from '../support/browser'
import { documentCreator, httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')

const api = httpApi(baseURL)

type Status = { _order: string; icon: string; id: number; name: string }

describe('the production workflow in the admin', () => {
  let browser: Browser
  let page: Page
  let token: string
  const tag = Date.now().toString(36)

  const statuses = async (): Promise<Status[]> =>
    (await api('/production-statuses?sort=_order&limit=200&depth=0', { token })).body.docs
  const create = documentCreator(baseURL, () => token)
  const settings = async () =>
    (await api('/globals/production-settings?depth=0', { token })).body as {
      conditionalRules: { action: string; categories: number[]; status: number }[]
      defaultStatus: null | number
      negativeStockPolicy: string
      rules: Record<string, null | number>
    }

  beforeAll(async () => {
    ;({ browser, page, token } = await adminSession(baseURL, {
      viewport: { height: 900, width: 1400 },
    }))
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('reorders statuses by dragging one into second place, and deletes it into a replacement', async () => {
    const before = await statuses()
    expect(before.length).toBeGreaterThanOrEqual(3)
    const added = await create('production-statuses', {
      color: 'pink',
      icon: 'flag',
      name: `Review ${tag}`,
    })
    try {
      // A new status goes before the final one, so nothing done is unlocked.
      expect((await statuses()).at(-2)!.id).toBe(added.id)
      await page.goto(`${baseURL}/admin/collections/production-statuses`)
      const rows = page.locator('table tbody tr')
      await expect.poll(() => rows.count()).toBe(before.length + 1)
      // The final-status control above the list has loaded: nothing moves under the drag.
      await expect
        .poll(() => page.locator('#final-status-control').innerText())
        .toContain(before.at(-1)!.name)
      const handle = rows
        .filter({ hasText: added.name })
        .locator('.cell-_dragHandle [aria-roledescription="sortable"]')
      const from = (await handle.boundingBox())!
      const to = (await rows.nth(1).boundingBox())!
      const x = from.x + from.width / 2
      // @dnd-kit starts a drag only after the pointer moves while pressed: move in steps.
      await page.mouse.move(x, from.y + from.height / 2)
      await page.mouse.down()
      await page.mouse.move(x, from.y + from.height / 2 - 10, { steps: 5 })
      await page.mouse.move(x, to.y + to.height / 2 - 5, { steps: 20 })
      await page.mouse.up()
      await expect
        .poll(async () => (await statuses()).map((s) => s.id), { timeout: 15_000 })
        .toEqual([before[0]!.id, added.id, ...before.slice(1).map((s) => s.id)])
      await screenshot(page, 'statuses-reordered')

      // Making another status final while work is done in the last one asks to confirm how many
      // documents it would unlock; not confirming leaves the final status as it was.
      await page.reload()
      const final = before.at(-1)!
      await expect
        .poll(() => page.locator('#final-status-control').innerText())
        .toContain(final.name)
      await page.locator('#final-status-choice').selectOption(String(added.id))
      await page.locator('#make-final-status').click()
      const confirmation = page.locator('#final-status-confirmation')
      await expect
        .poll(() => confirmation.innerText(), { timeout: 15_000 })
        .toMatch(new RegExp(`\\d+ documents? done in ${final.name}`))
      await expect
        .poll(() => page.locator('#confirm-unlock').innerText())
        .toMatch(/Unlock \d+ documents/)
      await screenshot(page, 'final-status-confirmation')
      expect((await statuses()).at(-1)!.id).toBe(final.id)

      await page.goto(`${baseURL}/admin/collections/production-statuses/${added.id}`)
      // The icon picker draws each icon as SVG, the status's own one chosen.
      const chosen = page.locator('[data-icon-option="flag"]')
      await expect.poll(() => chosen.getAttribute('aria-checked')).toBe('true')
      expect(await chosen.locator('svg').count()).toBe(1)
      expect(await page.locator('[data-icon-option] svg').count()).toBe(10)
      await page.locator('#delete-status-button').click()
      const dialog = page.locator('[role="dialog"]')
      await expect
        .poll(() => dialog.innerText())
        .toMatch(new RegExp(`Delete ${added.name}\\?[\\s\\S]*move to the status you choose`))
      await page.locator('#replacement-status').selectOption(String(before[0]!.id))
      await screenshot(page, 'status-delete-dialog')
      await page.locator('#confirm-delete-status').click()
      await page.waitForURL(/\/admin\/collections\/production-statuses(\?|$)/)
      expect((await api(`/production-statuses/${added.id}`, { token })).status).toBe(404)
      expect((await statuses()).map((s) => s.id)).toEqual(before.map((s) => s.id))
    } finally {
      // A failure above must not leave an extra (terminal) status for the tests after this one.
      if ((await api(`/production-statuses/${added.id}`, { token })).status === 200)
        await api(`/production-statuses/${added.id}?replacement=${before[0]!.id}`, {
          method: 'DELETE',
          token,
        })
    }
  })

  it('adds a conditional rule in the production settings', async () => {
    const original = await settings()
    const order = (await statuses()).map((s) => s.id)
    const general = original.rules.deductMaterials ?? order[1]!
    const earlier = order.slice(0, order.indexOf(general))
    expect(earlier.length, 'a status before the materials rule').toBeGreaterThan(0)
    const category = await create('item-categories', { name: `Adhesives ${tag}` })
    const status = (await statuses()).find((s) => s.id === earlier[0])!
    try {
      await page.goto(`${baseURL}/admin/globals/production-settings`)
      const rules = page.locator('#field-conditionalRules')
      await rules.waitFor()
      const index = original.conditionalRules.length
      await rules.getByRole('button', { name: 'Add Conditional Rule' }).click()
      const pick = async (field: string, option: string) => {
        await page.locator(`#field-conditionalRules__${index}__${field} .rs__control`).click()
        await page.locator('.rs__option', { hasText: option }).first().click()
      }
      await pick('action', 'Deduct used materials')
      await pick('categories', category.name)
      await pick('status', status.name)
      await page.locator('#action-save').click()
      await expect
        .poll(async () => (await settings()).conditionalRules.length, { timeout: 15_000 })
        .toBe(index + 1)
      expect((await settings()).conditionalRules.at(-1)).toMatchObject({
        action: 'deduct_materials',
        categories: [category.id],
        status: status.id,
      })
      await screenshot(page, 'conditional-rule-added')
    } finally {
      const restored = await api('/globals/production-settings', {
        body: JSON.stringify({
          conditionalRules: original.conditionalRules,
          defaultStatus: original.defaultStatus,
          negativeStockPolicy: original.negativeStockPolicy,
          rules: original.rules,
        }),
        method: 'POST',
        token,
      })
      expect(restored.status, JSON.stringify(restored.body)).toBe(200)
    }
    expect((await settings()).conditionalRules).toEqual(original.conditionalRules)
  })

  it('moves an execution to the next status from its badge after previewing the stock it uses', async () => {
    const order = await statuses()
    const { rules } = await settings()
    // Materials of no category are used at the general rule's status: start just before it.
    const at = order.findIndex((s) => s.id === (rules.deductMaterials ?? order[1]!.id))
    expect(at, 'the materials rule is not the first status').toBeGreaterThan(0)
    const [start, next] = [order[at - 1]!, order[at]!]
    const product = await create('items', {
      kind: 'product',
      name: `Workflow toy ${tag}`,
      sku: `WF-TOY-${tag}`,
      unit: 'pcs',
    })
    const material = await create('items', {
      kind: 'material',
      name: `Workflow resin ${tag}`,
      sku: `WF-RESIN-${tag}`,
      unit: 'kg',
    })
    const floor = await create('locations', {
      kind: 'production_floor',
      name: `Workflow floor ${tag}`,
    })
    await create('inventory-adjustments', {
      lines: [{ item: material.id, quantityDelta: 40 }],
      location: floor.id,
      type: 'found',
    })
    const onHand = async () => (await api(`/items/${material.id}?depth=0`, { token })).body.onHand
    expect(await onHand()).toBe(40)
    const execution = await create('executions', {
      plannedQuantity: 4,
      product: product.id,
      productionDate: '2026-11-23',
      productionFloor: floor.id,
      requirements: [{ item: material.id, kind: 'supplied', requiredQuantity: 12 }],
      status: start.id,
    })
    expect(await onHand()).toBe(40)

    await page.goto(`${baseURL}/admin/collections/executions/${execution.id}`)
    const picker = page.locator('#status-picker-button')
    await expect.poll(() => picker.innerText()).toContain(start.name)
    await picker.click()
    await page.locator(`[data-status-option="${next.name}"]`).click()
    const preview = page.locator('#transition-preview')
    await expect
      .poll(() => preview.locator('h3').innerText())
      .toBe(`Move ${execution.code} from ${start.name} to ${next.name}`)
    const row = preview.locator(`[data-preview-item="${material.sku}"]`)
    await expect.poll(() => row.count()).toBe(1)
    const text = await row.innerText()
    expect(text).toContain(floor.name)
    expect(text).toMatch(/−12 kg/)
    expect(text).toMatch(/40 → 28 kg/)
    expect(text).not.toContain('Shortage')
    await screenshot(page, 'status-transition-preview')
    const quantity = page.locator('#transition-produced-quantity')
    if (await quantity.count()) await quantity.fill('4')
    const confirm = page.locator('#confirm-transition')
    await expect.poll(() => confirm.isEnabled()).toBe(true)
    await confirm.click()

    await expect
      .poll(async () => (await api(`/executions/${execution.id}?depth=0`, { token })).body.status, {
        timeout: 15_000,
      })
      .toBe(next.id)
    expect(await onHand()).toBe(28)
    // The form shows the new status, so saving it afterwards cannot move it back.
    await expect.poll(() => picker.innerText(), { timeout: 15_000 }).toContain(next.name)
    await screenshot(page, 'status-transition-done')

    await page.goto(`${baseURL}/admin/collections/executions?search=${execution.code}`)
    const listed = page.locator('table tbody tr', { hasText: execution.code })
    await expect
      .poll(() => listed.locator(`.manufacturing-status-badge[data-status="${next.name}"]`).count())
      .toBe(1)
    // The badge's icon is an SVG, so it shows without an emoji font (Chromium here has none).
    const icon = listed.locator(`.manufacturing-status-badge[data-status="${next.name}"] svg`)
    expect(await icon.getAttribute('data-icon')).toBe(next.icon)
    expect((await icon.boundingBox())!.width).toBeGreaterThan(0)
  })
})
