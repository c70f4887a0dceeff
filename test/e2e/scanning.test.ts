import type { Browser, Page } from 'playwright-core'

import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { httpApi, loginToken } from '../support/httpApi'
import { pdfImages, scanImage } from '../support/pdfBarcodes'
import { y4mOf } from '../support/y4m'

const baseURL = inject('baseURL')
const api = httpApi(baseURL)

const sizes = [
  { height: 768, name: 'tablet', width: 1024 },
  { height: 844, name: 'phone', width: 390 },
] as const

type Lot = { code: string; id: number; item: number }

/** What the demo holds to scan: an execution and a lot. */
async function targets() {
  const admin = await loginToken(baseURL)
  const first = async (collection: string) =>
    (await api(`/${collection}?limit=1&sort=id&depth=0`, { token: admin })).body.docs[0]
  return {
    admin,
    execution: (await first('executions')) as { code: string; id: number },
    lot: (await first('lots')) as Lot,
  }
}

/**
 * `text` and Enter as a keyboard-wedge scanner sends them: key after key with no pause. Sent from
 * inside the page, so a busy machine cannot space them out as the test's own input would.
 */
const scanKeys = (page: Page, text: string) =>
  page.evaluate(
    (keys) => {
      for (const key of keys)
        document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key }))
    },
    [...text, 'Enter'],
  )

/** `text` and Enter typed by a person: a key every 150 ms. */
const typeSlowly = async (page: Page, text: string) => {
  await page.keyboard.type(text, { delay: 150 })
  await page.keyboard.press('Enter')
}

const notice = (page: Page) => page.locator('[data-testid="scan-notice"]').innerText()

describe.each(sizes)('scanning on the shop floor on a $name as the Operator', (size) => {
  let browser: Browser
  let page: Page
  let execution: { code: string; id: number }
  let lot: Lot

  beforeAll(async () => {
    ;({ execution, lot } = await targets())
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { height: size.height, width: size.width } })
    await logIn(page, baseURL, 'operator@example.com', 'operator')
    await page.goto(`${baseURL}/admin/shop-floor`)
    await page.locator('[data-testid="scan-bar"]').waitFor()
    await page.waitForLoadState('networkidle')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('offers the camera as a control a finger hits', async () => {
    const box = await page.locator('#scan-camera').boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(44)
    expect(box!.height).toBeGreaterThanOrEqual(44)
  })

  it('takes nothing from slow typing, and says in plain words what a code names nothing', async () => {
    await typeSlowly(page, `EX.${execution.id}`)
    await page.waitForTimeout(500)
    expect(new URL(page.url()).pathname).toBe('/admin/shop-floor')
    await scanKeys(page, 'EX.999999999')
    await expect
      .poll(() => notice(page), { timeout: 15_000 })
      .toBe('That code could not be opened: no execution with id 999999999.')
    await scanKeys(page, 'hello')
    await expect
      .poll(() => notice(page))
      .toBe('That code could not be opened: "hello" is not a code this system prints.')
  })

  it('announces a scanned lot to the station on screen', async () => {
    await page.evaluate(() => {
      const seen: unknown[] = []
      ;(window as unknown as { scannedLots: unknown[] }).scannedLots = seen
      window.addEventListener('manufacturing:lot-scanned', (event) =>
        seen.push((event as CustomEvent).detail),
      )
    })
    await scanKeys(page, `LT.${lot.id}`)
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { scannedLots: unknown[] }).scannedLots),
      )
      .toEqual([{ code: lot.code, itemId: lot.item, lotId: lot.id }])
    await expect.poll(() => notice(page)).toBe(`Lot ${lot.code} scanned.`)
    expect(new URL(page.url()).pathname).toBe('/admin/shop-floor')
  })

  it('opens the execution whose code a scanner types', async () => {
    await scanKeys(page, `EX.${execution.id}`)
    await page.waitForURL(new RegExp(`/admin/shop-floor/executions/${execution.id}$`), {
      timeout: 30_000,
    })
    await page.locator('[data-testid="scan-bar"]').waitFor()
    await screenshot(page, `scanning-opened-${size.name}`)
  })
})

describe('scanning a printed recipe card with the camera', () => {
  let browser: Browser

  afterAll(async () => {
    await browser?.close()
  })

  it('opens the execution whose QR code the camera sees', async () => {
    const { admin, execution } = await targets()
    const response = await fetch(`${baseURL}/api/executions/recipe-cards.pdf?ids=${execution.id}`, {
      headers: { authorization: `JWT ${admin}` },
    })
    expect(response.status).toBe(200)
    const [printed] = await pdfImages(new Uint8Array(await response.arrayBuffer()))
    expect(scanImage(printed!)).toBe(`EX.${execution.id}`)
    const video = path.join(tmpdir(), `scan-${process.pid}.y4m`)
    writeFileSync(video, y4mOf(printed!))
    browser = await launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ])
    const page = await browser.newPage({ viewport: { height: 768, width: 1024 } })
    await logIn(page, baseURL, 'operator@example.com', 'operator')
    await page.goto(`${baseURL}/admin/shop-floor`)
    await page.locator('#scan-camera').click()
    await page.waitForURL(new RegExp(`/admin/shop-floor/executions/${execution.id}$`), {
      timeout: 30_000,
    })
  })
})
