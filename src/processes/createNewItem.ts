import { APIError, type PayloadRequest } from 'payload'

import type { Item } from '../payload-types'
import { hasPermission } from '../access/userPermissions'
import { invalid } from '../platform/errors'

export type NewItem = { kind: Item['kind']; name: string; sku: string; unit: string }

const text = (value: unknown, path: string, max: number): string => {
  if (typeof value !== 'string' || !value.trim() || value.length > max)
    throw invalid(path, `must be non-empty text of at most ${max} characters`)
  return value.trim()
}

/** Reads an output item to create inline (`newItem: { name, sku, unit }`). */
export function readNewItem(value: unknown, path: string): NewItem {
  if (typeof value !== 'object' || value === null) throw invalid(path, 'must be an object')
  const input = value as Record<string, unknown>
  const kind = input.kind ?? 'material'
  if (kind !== 'material' && kind !== 'product')
    throw invalid(`${path}.kind`, 'must be material or product')
  return {
    kind,
    name: text(input.name, `${path}.name`, 200),
    sku: text(input.sku, `${path}.sku`, 100),
    unit: text(input.unit, `${path}.unit`, 20),
  }
}

/**
 * Creates an output item the operator named inline. It needs the items.create permission, and a
 * SKU no item has yet (pick the existing item instead).
 */
export async function createNewItem(
  req: PayloadRequest,
  item: NewItem,
  path: string,
): Promise<Item> {
  if (req.user && !(await hasPermission(req, 'items.create')))
    throw new APIError(
      `${path}: creating an item needs the "items.create" permission; pick an existing item.`,
      403,
      null,
      true,
    )
  const { totalDocs } = await req.payload.count({
    collection: 'items',
    overrideAccess: true,
    req,
    where: { sku: { equals: item.sku } },
  })
  if (totalDocs > 0)
    throw invalid(`${path}.sku`, `an item with SKU ${item.sku} already exists: pick it as the item`)
  return req.payload.create({ collection: 'items', data: item, depth: 0, req })
}
