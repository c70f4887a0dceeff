import type { Browser, Page } from 'playwright-core'

import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

import { loginToken } from './httpApi'
import { projectRoot } from './testDatabase'

export const artifacts = path.join(projectRoot, 'test', 'artifacts')

/**
 * Debian's Chromium, headless, with a fresh profile and nothing reaching out to the network on its
 * own; `extraArgs` add switches (a fake camera, for one).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: apt-get install chromium, or set CHROMIUM_PATH`,
    )
  }
  mkdirSync(artifacts, { recursive: true })
  return chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
    executablePath,
    headless: true,
  })
}

export async function logIn(
  page: Page,
  baseURL: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
}

/** A new page of `browser` logged in to the admin (as the demo's admin unless named). */
export async function loggedInPage(
  browser: Browser,
  baseURL: string,
  options: Parameters<Browser['newPage']>[0] = {},
  email = 'admin@example.com',
  password = 'admin',
): Promise<Page> {
  const page = await browser.newPage(options)
  await logIn(page, baseURL, email, password)
  return page
}

/** A browser, a page of it logged in to the admin as the demo's admin, and that admin's token. */
export async function adminSession(
  baseURL: string,
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<{ browser: Browser; page: Page; token: string }> {
  const browser = await launchBrowser()
  const page = await loggedInPage(browser, baseURL, options)
  return { browser, page, token: await loginToken(baseURL) }
}

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ fullPage: true, path: path.join(artifacts, `${name}.png`) })

/** Picks `label` in the plugin's ChoicePicker (Payload's react-select) found by its id. */
export async function pickChoice(page: Page, id: string, label: string): Promise<void> {
  await page.locator(`#${id} .rs__control`).click()
  await page.locator(`#${id} .rs__option`, { hasText: label }).first().click()
  await page.locator(`#${id}[data-value]`).waitFor()
}
