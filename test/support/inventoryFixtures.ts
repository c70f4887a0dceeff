import type { Payload } from 'payload'

let counter = 0

/** A fresh item (unique SKU per call) and the locations a test moves it between. */
export async function inventoryFixtures(
  payload: Payload,
  options: { negativeStock?: 'allow' | 'inherit' | 'refuse' } = {},
) {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
  const item = await payload.create({
    collection: 'items',
    data: {
      kind: 'material',
      name: `Flour ${tag}`,
      negativeStock: options.negativeStock ?? 'inherit',
      sku: `FLOUR-${tag}`,
      unit: 'kg',
    },
  })
  const other = await payload.create({
    collection: 'items',
    data: { kind: 'material', name: `Sugar ${tag}`, sku: `SUGAR-${tag}`, unit: 'kg' },
  })
  const warehouse = await payload.create({
    collection: 'locations',
    data: { kind: 'warehouse', name: `Warehouse ${tag}` },
  })
  const floor = await payload.create({
    collection: 'locations',
    data: { kind: 'production_floor', name: `Floor ${tag}` },
  })
  const { docs } = await payload.find({
    collection: 'locations',
    limit: 10,
    where: { kind: { equals: 'virtual' } },
  })
  const virtual = Object.fromEntries(docs.map((doc) => [doc.virtualRole!, doc.id])) as Record<
    'adjustment' | 'customer' | 'loss' | 'production' | 'supplier',
    number
  >
  return {
    floor: floor.id,
    item: item.id,
    other: other.id,
    sku: item.sku,
    tag,
    virtual,
    warehouse: warehouse.id,
  }
}

/** On hand per location of an item, and its sum, straight from the balances. */
export async function onHandOf(payload: Payload, item: number) {
  const { docs } = await payload.find({
    collection: 'stock-balances',
    limit: 0,
    pagination: false,
    where: { item: { equals: item } },
  })
  const byLocation = new Map<number, number>()
  for (const doc of docs) {
    const location = typeof doc.location === 'object' ? doc.location.id : doc.location
    byLocation.set(location, (byLocation.get(location) ?? 0) + doc.onHand)
  }
  return byLocation
}
