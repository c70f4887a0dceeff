import pg from 'pg'
import { getPayload, handleEndpoints } from 'payload'
import { startTestDatabase } from '../test/support/testDatabase'

const log: { sql: string; ms: number; t: number }[] = []
let on = false
const orig = pg.Client.prototype.query as any
;(pg.Client.prototype as any).query = function (...args: any[]) {
  if (!on) return orig.apply(this, args)
  const t = performance.now()
  const text = typeof args[0] === 'string' ? args[0] : args[0]?.text
  const r = orig.apply(this, args)
  if (r && typeof r.then === 'function') r.then(() => log.push({ sql: String(text).replace(/\s+/g, ' ').slice(0, 140), ms: performance.now() - t, t }), () => {})
  return r
}
const { databaseUri, teardown } = await startTestDatabase('prof', 55450)
process.env.DATABASE_URI = databaseUri
process.env.PAYLOAD_DB_PUSH = 'false'
const config = await (await import('../payload.config')).default
const payload = await getPayload({ config })
await payload.create({ collection: 'users', data: { email: 'p@x.com', password: 'pppppp', name: 'P' } as any })
const login = await handleEndpoints({ config, path: '/api/users/login', request: new Request('http://l/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'p@x.com', password: 'pppppp' }) }) })
const token = (await login.json()).token
const { docs: statuses } = await payload.find({ collection: 'production-statuses', sort: '_order' })
const floor = await payload.create({ collection: 'locations', data: { kind: 'production_floor', name: 'F' } })
const mats = []
for (let n = 0; n < 3; n++) mats.push(await payload.create({ collection: 'items', data: { kind: 'material', name: 'M' + n, sku: 'M' + n, unit: 'kg' } }))
const product = await payload.create({ collection: 'items', data: { kind: 'product', name: 'P', sku: 'P', unit: 'pcs' } })
await payload.create({ collection: 'inventory-adjustments', data: { lines: mats.map((m) => ({ item: m.id, quantityDelta: 100 })), location: floor.id, type: 'found' } })
await payload.create({ collection: 'boms', data: { basis: 'per_unit', components: mats.map((m) => ({ item: m.id, quantity: 1 })), outputQuantity: 1, product: product.id } })
for (let k = 0; k < 4; k++) {
  const ex = await payload.create({ collection: 'executions', data: { plannedQuantity: 1, product: product.id, productionDate: '2026-12-04', productionFloor: floor.id, status: statuses[0]!.id } as any })
  log.length = 0; on = true
  const t0 = performance.now()
  const res = await handleEndpoints({ config, path: `/api/executions/${ex.id}`, request: new Request(`http://l/api/executions/${ex.id}?depth=0`, { method: 'PATCH', headers: { 'content-type': 'application/json', authorization: 'JWT ' + token }, body: JSON.stringify({ status: statuses[1]!.id }) }) })
  await res.text()
  on = false
  const total = performance.now() - t0
  console.log(`PATCH ${res.status} ${total.toFixed(1)} ms, ${log.length} statements, sql ms ${log.reduce((a, b) => a + b.ms, 0).toFixed(1)}`)
  if (k === 3) for (const l of log) console.log(((l.t - t0)).toFixed(1).padStart(7), l.ms.toFixed(1).padStart(6), l.sql)
}
process.exit(0)
