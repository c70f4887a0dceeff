import type { ServerProps } from 'payload'

import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'

import { YourAccess } from '../../src/access/components/YourAccess'
import { manufacturingPlugin } from '../../src/index'
import { apiClient } from '../support/apiClient'
import { testPayload } from '../support/testPayload'

// A site whose users existed before the plugin: they hold no role, and the first-user rule never
// fired for them. The way in is deliberate: the `administrators` option, applied at start.
describe('a site whose users existed before the plugin', () => {
  it('makes exactly the users the option names Administrators, once, and tells the others why they see nothing', async () => {
    const { config, payload } = await testPayload()
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const existing = async (email: string) => {
      const user = await payload.create({
        collection: 'users',
        data: { email, password: 'existing-password' },
      })
      // As if created before the plugin added roles (the first one got the first-user rule).
      return payload.update({ collection: 'users', data: { roles: [] }, id: user.id })
    }
    const owner = await existing('owner@example.com')
    const customer = await existing('customer@example.com')
    const api = apiClient(config)
    const ownerToken = await api.login('owner@example.com', 'existing-password')
    expect((await api.rest('GET', '/items', { token: ownerToken })).status).toBe(403)

    const dashboard = async (id: number) => {
      const user = await payload.findByID({ collection: 'users', depth: 0, id })
      const props = { payload, user: { ...user, collection: 'users' } } as unknown as ServerProps
      return renderToStaticMarkup(await YourAccess(props)).replace(/<[^>]+>/g, '')
    }
    expect(await dashboard(owner.id)).toContain(
      'You have no role yet, so the production collections are hidden from you and their API answers 403. Nobody on this site is an Administrator yet, so nobody can hand out roles. Whoever runs the site makes the first one: add the email to the plugin&#x27;s administrators option and restart the app, or run npx payload run node_modules/payload-plugin-manufacturing/dist/access/scripts/grantAdministrator.js owner@example.com in the app&#x27;s directory.',
    )

    const start = manufacturingPlugin({
      administrators: [' Owner@Example.com', 'nobody@example.com'],
    })({ collections: [], db: {} as never, secret: 'x' }).onInit!
    const info = vi.spyOn(payload.logger, 'info')
    const warn = vi.spyOn(payload.logger, 'warn')
    const said = (spy: typeof info) =>
      spy.mock.calls.map(([message]) => String(message)).filter((m) => m.includes('administrators'))
    try {
      await start(payload)
      expect(said(info)).toEqual([
        'manufacturingPlugin administrators: made owner@example.com Administrator; no user with email nobody@example.com (nothing granted for it; sign up first)',
      ])
      const roles = async (id: number) =>
        (await payload.findByID({ collection: 'users', depth: 1, id })).roles!.map((role) =>
          typeof role === 'object' ? role.key : role,
        )
      expect(await roles(owner.id)).toEqual(['admin'])
      expect(await roles(customer.id)).toEqual([])
      expect((await api.rest('GET', '/items', { token: ownerToken })).status).toBe(200)

      // A restart changes nothing and grants nothing again; the email with no user is still said.
      info.mockClear()
      await start(payload)
      expect(said(info)).toEqual([])
      expect(said(warn)).toEqual([
        'manufacturingPlugin administrators: no user with email nobody@example.com (nothing granted for it; sign up first)',
      ])
      expect(await roles(owner.id)).toEqual(['admin'])
    } finally {
      info.mockRestore()
      warn.mockRestore()
    }

    expect(await dashboard(owner.id)).toContain('with role Administrator. You can do everything.')
    const customerSees = await dashboard(customer.id)
    expect(customerSees).toContain(
      'Ask an administrator of this site to give you a role (Users → customer@example.com → Roles).',
    )
    expect(customerSees).not.toContain('grantAdministrator')
  })
})
