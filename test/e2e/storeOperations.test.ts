import type { Browser, Page } from 'playwright-core'

import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

/**
 * A storekeeper's day: materials requested for two executions from the executions list, picked
 * (flour partly, from a lot named in the dialog), issued to the floor, staged on a new trolley,
 * followed on an execution's requirements, and returned to the store.
 */
describe('store operations in the admin', () => {
  let browser: Browser
  let page: Page
  let admin: string
  const tag = Date.now().toString(36)
  const email = `storekeeper-${tag}@example.com`

  const create = async (collection: string, data: Record<string, unknown>) => {
    const { body, status } = await api(`/${collection}`, {
      body: JSON.stringify(data),
      method: 'POST',
      token: admin,
    })
    expect(status, JSON.stringify(body)).toBe(201)
    return body.doc
  }
  const get = async (path: string) => {
    const { body, status } = await api(path, { token: admin })
    expect(status, JSON.stringify(body)).toBe(200)
    return body
  }
  /** On hand and reserved of an item at a location, summed over its lots. */
  const stock = async (item: number, location: number) => {
    const { docs } = await get(
      `/stock-balances?where[item][equals]=${item}&where[location][equals]=${location}&depth=0&limit=100`,
    )
    return docs.reduce(
      (sum: { onHand: number; reserved: number }, doc: any) => ({
        onHand: sum.onHand + doc.onHand,
        reserved: sum.reserved + doc.reserved,
      }),
      { onHand: 0, reserved: 0 },
    )
  }

  beforeAll(async () => {
    browser = await launchBrowser()
    admin = (
      await api('/users/login', {
        body: JSON.stringify({ email: 'admin@example.com', password: 'admin' }),
        method: 'POST',
      })
    ).body.token
    const role = await create('roles', {
      name: `Storekeeper ${tag}`,
      permissions: [
        'requisitions.view',
        'requisitions.manage',
        'requisitions.pick',
        'requisitions.issue',
        'trolleys.build',
        'executions.view',
        'inventory.view',
        'items.view',
        'locations.view',
        'purchaseOrders.create',
        'suppliers.view',
      ],
    })
    await create('users', { email, password: 'storekeeper', roles: [role.id] })
    page = await browser.newPage({ viewport: { height: 1000, width: 1500 } })
    page.on('dialog', (dialog) => void dialog.accept())
    await logIn(page, baseURL, email, 'storekeeper')
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('requests, picks, issues, stages and returns two executions’ materials', async () => {
    // The store requisitions take from is the first warehouse.
    const store = (await get('/locations?where[kind][equals]=warehouse&sort=id&limit=1&depth=0'))
      .docs[0]
    const floor = await create('locations', { kind: 'production_floor', name: `Line ${tag}` })
    const item = (sku: string, kind: string) =>
      create('items', { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'kg' })
    const flour = await item('FLOUR', 'material')
    const sugar = await item('SUGAR', 'material')
    const cake = await item('CAKE', 'product')
    for (const [material, quantity] of [
      [flour.id, 6],
      [flour.id, 10],
      [sugar.id, 20],
    ])
      await create('inventory-adjustments', {
        lines: [{ item: material, quantityDelta: quantity }],
        location: store.id,
        type: 'found',
      })
    const flourLots = (
      await get(`/lots?where[item][equals]=${flour.id}&sort=receivedAt&depth=0&limit=10`)
    ).docs
    const newer = flourLots[1]
    await create('boms', {
      basis: 'per_unit',
      components: [
        { item: flour.id, quantity: 2 },
        { item: sugar.id, quantity: 1 },
      ],
      outputQuantity: 1,
      product: cake.id,
    })
    const first = await create('executions', {
      plannedQuantity: 3,
      product: cake.id,
      productionDate: '2026-12-15',
      productionFloor: floor.id,
    })
    await create('executions', {
      plannedQuantity: 2,
      product: cake.id,
      productionDate: '2026-12-15',
      productionFloor: floor.id,
    })

    // Raise the requisition from the executions list, for both executions.
    await page.goto(
      `${baseURL}/admin/collections/executions?limit=100&where[productionFloor][equals]=${floor.id}`,
    )
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(2)
    for (const row of await rows.all())
      await row.locator('.select-row input[type="checkbox"]').check()
    await page.locator('#bulk-request-materials').click()
    const raised = page.getByTestId('raised-requisitions')
    await expect.poll(() => raised.locator('a').count(), { timeout: 15_000 }).toBe(1)
    await screenshot(page, 'store-requisition-raised')
    await raised.locator('a').click()
    await page.waitForURL(/\/material-requisitions\/\d+/, { timeout: 15_000 })
    const id = Number(page.url().match(/material-requisitions\/(\d+)/)![1])
    const requisition = async () => get(`/material-requisitions/${id}?depth=0`)
    const raisedDoc = await requisition()
    expect(raisedDoc.state).toBe('requested')
    expect(raisedDoc.lines.map((l: any) => [l.item, l.requiredQuantity])).toEqual([
      [flour.id, 10],
      [sugar.id, 5],
    ])

    // What the store cannot supply is bought from the requisition too: here it covers it all.
    await page.locator('#purchase-shortages-button').click()
    const shortages = page.locator('#purchase-shortages-dialog')
    const flourShort = shortages.locator(
      `.purchase-shortages-line[data-sku="${flour.sku}"] .purchase-shortages-short`,
    )
    await flourShort.waitFor({ timeout: 15_000 })
    expect(await flourShort.innerText()).toBe('0 kg')
    await shortages.getByRole('button', { name: 'Cancel' }).click()
    await shortages.waitFor({ state: 'detached' })

    // Pick 4 flour from the newer lot by name (of 10), and all 5 sugar by FIFO.
    await page.locator('#requisition-pick').click()
    const pick = page.locator('#pick-requisition')
    await pick.waitFor()
    const flourLine = pick.locator(`[data-pick-line^="${flour.sku}"]`)
    await flourLine.locator('select').selectOption('lots')
    const lotInput = flourLine.locator(`[data-lot="${newer.code}"] input`)
    await lotInput.waitFor({ timeout: 15_000 })
    expect(await flourLine.locator(`[data-lot="${newer.code}"]`).innerText()).toContain(
      '10 available',
    )
    await lotInput.fill('4')
    await screenshot(page, 'store-pick-dialog')
    await page.locator('#pick-requisition-confirm').click()
    await pick.waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(async () => (await requisition()).state, { timeout: 15_000 }).toBe('picking')
    expect(await stock(flour.id, store.id)).toEqual({ onHand: 16, reserved: 4 })
    expect(await stock(sugar.id, store.id)).toEqual({ onHand: 20, reserved: 5 })
    const picked = (await requisition()).lines[0].lots
    expect(picked.map((l: any) => [l.lot, l.picked])).toEqual([[newer.id, 4]])

    // The pick list: the lots picked, and what FIFO would take for the rest of the flour.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#requisition-pick-list-csv').click(),
    ])
    const list = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').trim()).data
    expect(list.slice(1).map((r) => [r[3], r[6], r[8], r[9]])).toEqual([
      [flour.sku, newer.code, '4', 'picked'],
      [flour.sku, flourLots[0].code, '6', 'to pick'],
      [sugar.sku, expect.any(String), '5', 'picked'],
    ])

    // Issue what was picked to the floor.
    await page.locator('#requisition-issue').click()
    await expect
      .poll(async () => (await requisition()).lines.map((l: any) => l.issuedQuantity), {
        timeout: 15_000,
      })
      .toEqual([4, 5])
    expect(await stock(flour.id, store.id)).toEqual({ onHand: 12, reserved: 0 })
    expect(await stock(flour.id, floor.id)).toEqual({ onHand: 4, reserved: 4 })
    expect(await stock(sugar.id, floor.id)).toEqual({ onHand: 5, reserved: 5 })

    // Stage it on a new trolley.
    await page.locator('#requisition-stage').click()
    const stage = page.locator('#stage-trolley')
    await stage.waitFor()
    await stage.locator('input[name="label"]').fill(`Bay ${tag}`)
    await page.locator('#stage-trolley-confirm').click()
    await stage.waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(async () => (await requisition()).trolley, { timeout: 15_000 }).toBeTruthy()
    const trolley = await get(`/trolleys/${(await requisition()).trolley}?depth=0`)
    expect(trolley.label).toBe(`Bay ${tag}`)
    expect(trolley.lines.map((l: any) => [l.item, l.quantity])).toEqual([
      [flour.id, 4],
      [sugar.id, 5],
    ])

    // The first execution's requirements: sugar all on the trolley, flour 4 of its 6.
    await page.goto(`${baseURL}/admin/collections/executions/${first.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Requirements' }).click()
    const supply = page.getByTestId('supply-overview')
    await expect
      .poll(
        () => supply.locator(`[data-requirement="${sugar.sku}"] [data-supply-status]`).count(),
        {
          timeout: 15_000,
        },
      )
      .toBe(1)
    expect(
      await supply
        .locator(`[data-requirement="${sugar.sku}"] [data-supply-status]`)
        .getAttribute('data-supply-status'),
    ).toBe('in_trolley')
    const flourSupply = supply.locator(`[data-requirement="${flour.sku}"]`)
    expect(
      await flourSupply.locator('[data-supply-status]').getAttribute('data-supply-status'),
    ).toBe('requisitioned')
    expect(await flourSupply.locator('.supply-detail').innerText()).toBe(
      'requested 6 · picked 4 · issued 4 · in trolley 4 of 6',
    )
    await screenshot(page, 'store-execution-supply')

    // The trolley's page, by execution: the flour and the first execution's sugar go to it.
    await page.goto(`${baseURL}/admin/collections/trolleys/${trolley.id}`)
    const contents = page.getByTestId('trolley-contents')
    await expect.poll(() => contents.locator('section').count(), { timeout: 15_000 }).toBe(2)
    const firstCode = (await get(`/executions/${first.id}?depth=0`)).code
    const forFirst = contents.locator(`section[data-execution="${firstCode}"]`)
    expect(await forFirst.innerText()).toContain(newer.code)
    expect(await forFirst.innerText()).toMatch(/4 kg/)
    expect(await forFirst.innerText()).toMatch(/3 kg/)
    await screenshot(page, 'store-trolley')

    // Everything back to the store.
    await page.goto(`${baseURL}/admin/collections/material-requisitions/${id}`)
    await page.locator('#requisition-return').click()
    const back = page.locator('#return-to-store')
    await back.waitFor()
    await page.locator('#return-to-store-confirm').click()
    await back.waitFor({ state: 'detached', timeout: 15_000 })
    await expect.poll(async () => (await requisition()).state, { timeout: 15_000 }).toBe('returned')
    expect(await stock(flour.id, store.id)).toEqual({ onHand: 16, reserved: 0 })
    expect(await stock(sugar.id, store.id)).toEqual({ onHand: 20, reserved: 0 })
    expect(await stock(flour.id, floor.id)).toEqual({ onHand: 0, reserved: 0 })
    expect((await get(`/trolleys/${trolley.id}?depth=0`)).state).toBe('emptied')
    // A closed requisition offers no store step.
    await expect
      .poll(() => page.locator('#requisition-return, #requisition-cancel').count(), {
        timeout: 15_000,
      })
      .toBe(0)
    await screenshot(page, 'store-requisition-returned')
  })

  it('leaves the queue once production consumed what it staged', async () => {
    const act = async (name: string, data: Record<string, unknown>) => {
      const { body, status } = await api(`/manufacturing/${name}`, {
        body: JSON.stringify(data),
        method: 'POST',
        token: admin,
      })
      expect(status, JSON.stringify(body)).toBe(200)
      return body
    }
    const store = (await get('/locations?where[kind][equals]=warehouse&sort=id&limit=1&depth=0'))
      .docs[0]
    const floor = await create('locations', { kind: 'production_floor', name: `Bay ${tag}` })
    const oats = await create('items', {
      kind: 'material',
      name: `OATS ${tag}`,
      sku: `OATS-${tag}`,
      unit: 'kg',
    })
    const bar = await create('items', {
      kind: 'product',
      name: `BAR ${tag}`,
      sku: `BAR-${tag}`,
      unit: 'pcs',
    })
    await create('inventory-adjustments', {
      lines: [{ item: oats.id, quantityDelta: 10 }],
      location: store.id,
      type: 'found',
    })
    await create('boms', {
      basis: 'per_unit',
      components: [{ item: oats.id, quantity: 2 }],
      outputQuantity: 1,
      product: bar.id,
    })
    const execution = await create('executions', {
      plannedQuantity: 2,
      product: bar.id,
      productionDate: '2026-12-16',
      productionFloor: floor.id,
    })
    const [requisition] = (await act('requestMaterials', { executions: [execution.id] }))
      .requisitions
    await act('pickRequisition', { requisition: requisition.id })
    await act('issueRequisition', { requisition: requisition.id })
    await act('stageTrolley', { requisitions: [requisition.id] })
    const settings = await get('/globals/production-settings?depth=0')
    const { status } = await api(`/executions/${execution.id}`, {
      body: JSON.stringify({ status: settings.rules.deductMaterials }),
      method: 'PATCH',
      token: admin,
    })
    expect(status).toBe(200)

    // The lists' floor filter set, as its own link makes it.
    const onFloor = `limit=100&floor=${floor.id}&where[and][0][floor][equals]=${floor.id}`
    // Closed: its page shows it consumed and offers no step; the open queue no longer lists it.
    await page.goto(`${baseURL}/admin/collections/material-requisitions/${requisition.id}`)
    await expect
      .poll(() => page.locator('.requisition-state-badge').first().innerText(), {
        timeout: 15_000,
      })
      .toMatch(/Consumed/)
    expect(await page.locator('#requisition-return, #requisition-cancel').count()).toBe(0)
    await page.goto(`${baseURL}/admin/collections/material-requisitions?${onFloor}`)
    const rows = page.locator('table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1)
    await page.locator('[data-store-filter="open"]').click()
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(0)
    await page.goto(`${baseURL}/admin/collections/trolleys?${onFloor}`)
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1)
    await page.locator('[data-store-filter="open"]').click()
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(0)
    await screenshot(page, 'store-trolleys-ready')
  })
})
