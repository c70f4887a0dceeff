import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Every benchmark starts an embedded PostgreSQL of its own: two on one port cannot run side by
// side, and one on a test level's default port would collide with that level's run.
const root = path.resolve(import.meta.dirname, '../..')
const benchDirectory = path.join(root, 'test/bench')
const testLevelPorts = [55432, 55433]

const benchmarkPorts = () =>
  readdirSync(benchDirectory)
    .filter((name) => name.endsWith('.ts') && name !== 'runBenchmark.ts')
    .map((name) => {
      const source = readFileSync(path.join(benchDirectory, name), 'utf8')
      const match = /runBenchmark\(\s*'[^']+',\s*(\d+)/.exec(source)
      return { name, port: match ? Number(match[1]) : undefined }
    })

describe('the benchmarks’ database ports', () => {
  it('names a port in every benchmark', () => {
    const ports = benchmarkPorts()
    expect(ports.length).toBeGreaterThan(0)
    expect(ports.filter(({ port }) => port === undefined).map(({ name }) => name)).toEqual([])
  })

  it('gives every benchmark a port of its own, apart from the test levels’ ports', () => {
    const byPort = new Map<number, string[]>()
    for (const { name, port } of benchmarkPorts()) {
      if (port !== undefined) byPort.set(port, [...(byPort.get(port) ?? []), name])
    }
    const shared = [...byPort.values()].filter((names) => names.length > 1)
    expect(shared, 'benchmarks sharing a port').toEqual([])
    expect([...byPort.keys()].filter((port) => testLevelPorts.includes(port))).toEqual([])
  })
})
