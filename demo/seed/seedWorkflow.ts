import type { PayloadRequest } from 'payload'
import { generateKeyBetween } from 'payload/shared'

import { defaultStatuses } from '../../src/workflow/ensureDefaultWorkflow'

/**
 * The product docs' example workflow: Plan → Assembly → Painting → Packaging → Completed.
 * Materials are deducted at Painting, except Plastics, deducted at Assembly; sub-recipe products
 * at Assembly; labour at Painting; products added at Completed.
 */
export const demoStatuses = [
  { color: 'gray', icon: 'clipboard', name: 'Plan' },
  { color: 'blue', icon: 'wrench', name: 'Assembly' },
  { color: 'purple', icon: 'brush', name: 'Painting' },
  { color: 'amber', icon: 'box', name: 'Packaging' },
  { color: 'green', icon: 'check', name: 'Completed' },
] as const

/**
 * Turns a fresh install's Plan → In Progress → Completed into the demo workflow. A workflow an
 * admin already changed is left as it is.
 */
export async function seedWorkflow(req: PayloadRequest, created: string[]): Promise<void> {
  const { payload } = req
  const { docs } = await payload.find({
    collection: 'production-statuses',
    depth: 0,
    pagination: false,
    req,
    sort: '_order',
  })
  const names = docs.map((status) => status.name)
  if (names.join('|') !== defaultStatuses.map((status) => status.name).join('|')) return
  // Renaming keeps the order: Plan, Assembly, Painting; then Packaging and Completed are added.
  for (const [index, status] of docs.entries()) {
    await payload.update({
      collection: 'production-statuses',
      data: demoStatuses[index]!,
      id: status.id,
      req,
    })
  }
  const statusIds = docs.map((status) => status.id)
  // Placed after the last explicitly: a status left unplaced goes before the final one.
  let last = docs[docs.length - 1]?._order ?? null
  for (const status of demoStatuses.slice(docs.length)) {
    last = generateKeyBetween(last, null)
    statusIds.push(
      (
        await payload.create({
          collection: 'production-statuses',
          data: { ...status, _order: last },
          req,
        })
      ).id,
    )
  }
  created.push(`statuses ${demoStatuses.map((status) => status.name).join(' → ')}`)
  const [plan, assembly, painting, , completed] = statusIds
  const { docs: plastics } = await payload.find({
    collection: 'item-categories',
    depth: 0,
    limit: 1,
    req,
    where: { name: { equals: 'Plastics' } },
  })
  await payload.updateGlobal({
    data: {
      conditionalRules: plastics[0]
        ? [{ action: 'deduct_materials', categories: [plastics[0].id], status: assembly! }]
        : [],
      defaultStatus: plan,
      rules: {
        addProducts: completed,
        deductMaterials: painting,
        deductProducts: assembly,
        deductResources: painting,
      },
    },
    req,
    slug: 'production-settings',
  })
  created.push(
    'inventory rules (materials at Painting, Plastics at Assembly, products at Completed)',
  )
}
