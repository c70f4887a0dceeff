import type { PayloadRequest } from 'payload'

import { demoRoles, demoUsers } from './demoUsers'
import { seedGemstones } from './seedGemstones'
import { seedHistory } from './seedHistory'
import { seedInventory } from './seedInventory'
import { seedManufacturingOrders } from './seedManufacturingOrders'
import { seedProduction } from './seedProduction'
import { seedRecall } from './seedRecall'
import { seedSalesOrders } from './seedSalesOrders'
import { seedStore } from './seedStore'
import { seedWorkflow } from './seedWorkflow'

export type SeedReport = { created: string[] }

/**
 * The demo factory, through the Local API so every hook runs: people and roles, then stock.
 * Idempotent: what exists (by role name, user email, SKU, name) is left alone, so a second run
 * creates nothing.
 */
export async function seedDemoFactory(req: PayloadRequest): Promise<SeedReport> {
  const { payload } = req
  const created: string[] = []
  const roleIds = new Map<string, number>()
  for (const role of demoRoles) {
    const { docs } = await payload.find({
      collection: 'roles',
      depth: 0,
      limit: 1,
      req,
      where: { name: { equals: role.name } },
    })
    const existing = docs[0]
    if (existing) {
      roleIds.set(role.name, existing.id)
      continue
    }
    const doc = await payload.create({
      collection: 'roles',
      data: { key: role.key, name: role.name, permissions: [...role.permissions] },
      req,
    })
    roleIds.set(role.name, doc.id)
    created.push(`role ${role.name}`)
  }
  for (const user of demoUsers) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      req,
      where: { email: { equals: user.email } },
    })
    if (totalDocs > 0) continue
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        name: user.name,
        password: user.password,
        roles: [roleIds.get(user.role)!],
      },
      req,
    })
    created.push(`user ${user.email}`)
  }
  await seedInventory(req, created)
  await seedWorkflow(req, created)
  await seedProduction(req, created)
  await seedGemstones(req, created)
  await seedSalesOrders(req, created)
  await seedManufacturingOrders(req, created)
  await seedStore(req, created)
  await seedRecall(req, created)
  await seedHistory(req, created)
  return { created }
}
