import type { Payload } from 'payload'

let counter = 0

/** The workflow's statuses by name, in order. */
export async function statusesByName(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'production-statuses',
    pagination: false,
    sort: '_order',
  })
  return Object.fromEntries(docs.map((status) => [status.name, status.id])) as Record<
    string,
    number
  >
}

/**
 * A plastic toy made of plastic (category Plastics) and paint, with stock of both on a fresh
 * production floor, and its recipe: 2 kg plastic and 1 l paint per toy.
 */
export async function toyFixtures(payload: Payload, stock = { paint: 50, plastic: 100 }) {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
  const category = async (name: string) => {
    const { docs } = await payload.find({
      collection: 'item-categories',
      limit: 1,
      where: { name: { equals: name } },
    })
    return (
      docs[0]?.id ?? (await payload.create({ collection: 'item-categories', data: { name } })).id
    )
  }
  const plastics = await category('Plastics')
  const paintCategory = await category('Paint')
  const item = (
    sku: string,
    kind: 'material' | 'product' | 'resource',
    category?: number,
    standardCost?: number,
  ) =>
    payload.create({
      collection: 'items',
      data: {
        category,
        kind,
        name: `${sku} ${tag}`,
        sku: `${sku}-${tag}`,
        standardCost,
        unit: 'pcs',
      },
    })
  const plastic = await item('PLASTIC', 'material', plastics, 2)
  const paint = await item('PAINT', 'material', paintCategory, 5)
  const toy = await item('TOY', 'product')
  const floor = await payload.create({
    collection: 'locations',
    data: { kind: 'production_floor', name: `Toy floor ${tag}` },
  })
  const lines = [
    { item: plastic.id, quantityDelta: stock.plastic },
    { item: paint.id, quantityDelta: stock.paint },
  ].filter((line) => line.quantityDelta > 0)
  if (lines.length)
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines, location: floor.id, type: 'found' },
    })
  const bom = await payload.create({
    collection: 'boms',
    data: {
      components: [
        { item: plastic.id, quantity: 2 },
        { item: paint.id, quantity: 1 },
      ],
      basis: 'per_unit',
      outputQuantity: 1,
      product: toy.id,
    },
  })
  return {
    bom: bom.id,
    floor: floor.id,
    paint: paint.id,
    plastic: plastic.id,
    plastics,
    tag,
    toy: toy.id,
  }
}

/** On hand of an item at a location, from the balances. */
export async function onHandAt(payload: Payload, item: number, location: number) {
  const { docs } = await payload.find({
    collection: 'stock-balances',
    pagination: false,
    where: { item: { equals: item }, location: { equals: location } },
  })
  return docs.reduce((sum, doc) => sum + doc.onHand, 0)
}
