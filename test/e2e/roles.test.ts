import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, logIn, screenshot } from '../support/browser'
import { httpApi } from '../support/httpApi'

const baseURL = inject('baseURL')

const api = httpApi(baseURL)

describe('roles in the admin', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('an administrator sees the plugin collections and creates a role with two permissions', async () => {
    const page = await browser.newPage()
    await logIn(page, baseURL, 'admin@example.com', 'admin')
    const nav = page.locator('nav')
    await expect.poll(() => nav.locator('a[href="/admin/collections/roles"]').count()).toBe(1)
    await expect.poll(() => nav.locator('a[href="/admin/collections/users"]').count()).toBe(1)
    await expect.poll(() => page.getByText('You can do everything.').count()).toBe(1)
    await screenshot(page, 'admin-dashboard')

    await page.goto(`${baseURL}/admin/collections/roles/create`)
    await page.locator('#field-name').fill('Role keeper')
    const group = page.locator('fieldset[data-group="Administration"]')
    await group.locator('input[name="roles.manage"]').check()
    await page.locator('fieldset[data-group="Executions"] input[name="executions.view"]').check()
    await screenshot(page, 'role-editor')
    await page.locator('#action-save').click()
    await page.waitForURL(/\/admin\/collections\/roles\/\d+/)

    const token = (
      await api('/users/login', {
        body: JSON.stringify({ email: 'admin@example.com', password: 'admin' }),
        method: 'POST',
      })
    ).body.token
    const { body } = await api('/roles?where[name][equals]=Role%20keeper', { token })
    expect(body.docs).toHaveLength(1)
    expect([...body.docs[0].permissions].sort()).toEqual(['executions.view', 'roles.manage'])
    await page.close()
  })

  it('a user with that role sees only what it allows', async () => {
    const admin = (
      await api('/users/login', {
        body: JSON.stringify({ email: 'admin@example.com', password: 'admin' }),
        method: 'POST',
      })
    ).body.token
    const role = (await api('/roles?where[name][equals]=Role%20keeper', { token: admin })).body
      .docs[0]
    const created = await api('/users', {
      body: JSON.stringify({
        email: 'keeper@example.com',
        password: 'keeper-password',
        roles: [role.id],
      }),
      method: 'POST',
      token: admin,
    })
    expect(created.status).toBe(201)

    const page = await browser.newPage()
    await logIn(page, baseURL, 'keeper@example.com', 'keeper-password')
    const nav = page.locator('nav')
    await expect.poll(() => nav.locator('a[href="/admin/collections/roles"]').count()).toBe(1)
    await expect
      .poll(() =>
        page.getByText(/You can: .*Executions \(view\).*Administration \(manage roles\)/).count(),
      )
      .toBe(1)
    await page.goto(`${baseURL}/admin/collections/users`)
    await expect.poll(() => page.locator('table tbody tr').count()).toBe(1)
    await screenshot(page, 'role-keeper')
    await page.close()

    const viewer = await browser.newPage()
    await logIn(viewer, baseURL, 'viewer@example.com', 'viewer')
    await expect
      .poll(() => viewer.locator('nav a[href="/admin/collections/users"]').count())
      .toBe(1)
    expect(await viewer.locator('nav a[href="/admin/collections/roles"]').count()).toBe(0)
    await viewer.goto(`${baseURL}/admin/collections/roles/create`)
    await expect.poll(() => viewer.locator('#field-name').count()).toBe(0)
    await screenshot(viewer, 'viewer-refused-roles')
    await viewer.close()
  })
})
