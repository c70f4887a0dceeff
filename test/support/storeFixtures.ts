import type { Payload } from 'payload'

let counter = 0

/**
 * A store and a production floor of their own, two materials kept only in the store (plastic in
 * two lots, received one after the other, and paint), and two products: a toy (2 plastic and 1
 * paint each) and a car (3 plastic each).
 */
export async function storeFixtures(payload: Payload, stock = { paint: 50, plastic: [60, 40] }) {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
  const item = (sku: string, kind: 'material' | 'product') =>
    payload.create({
      collection: 'items',
      data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, standardCost: 2, unit: 'pcs' },
    })
  const plastic = await item('PLASTIC', 'material')
  const paint = await item('PAINT', 'material')
  const toy = await item('TOY', 'product')
  const car = await item('CAR', 'product')
  const store = await payload.create({
    collection: 'locations',
    data: { kind: 'warehouse', name: `Store ${tag}` },
  })
  const floor = await payload.create({
    collection: 'locations',
    data: { kind: 'production_floor', name: `Floor ${tag}` },
  })
  for (const quantityDelta of stock.plastic)
    await payload.create({
      collection: 'inventory-adjustments',
      data: { lines: [{ item: plastic.id, quantityDelta }], location: store.id, type: 'found' },
    })
  if (stock.paint > 0)
    await payload.create({
      collection: 'inventory-adjustments',
      data: {
        lines: [{ item: paint.id, quantityDelta: stock.paint }],
        location: store.id,
        type: 'found',
      },
    })
  await payload.create({
    collection: 'boms',
    data: {
      basis: 'per_unit',
      components: [
        { item: plastic.id, quantity: 2 },
        { item: paint.id, quantity: 1 },
      ],
      outputQuantity: 1,
      product: toy.id,
    },
  })
  await payload.create({
    collection: 'boms',
    data: {
      basis: 'per_unit',
      components: [{ item: plastic.id, quantity: 3 }],
      outputQuantity: 1,
      product: car.id,
    },
  })
  const lots = async (of: number) =>
    (
      await payload.find({
        collection: 'lots',
        depth: 0,
        pagination: false,
        sort: 'id',
        where: { item: { equals: of } },
      })
    ).docs.map((lot) => lot.id)
  return {
    car: car.id,
    floor: floor.id,
    paint: paint.id,
    paintLots: await lots(paint.id),
    plastic: plastic.id,
    plasticLots: await lots(plastic.id),
    store: store.id,
    tag,
    toy: toy.id,
  }
}

export type StoreFixtures = Awaited<ReturnType<typeof storeFixtures>>

/** On hand, reserved and available of an item at a location, in all and by lot. */
export async function stockAt(payload: Payload, item: number, location: number) {
  const { docs } = await payload.find({
    collection: 'stock-balances',
    depth: 0,
    pagination: false,
    sort: 'lot',
    where: { item: { equals: item }, location: { equals: location } },
  })
  const total = (field: 'available' | 'onHand' | 'reserved') =>
    docs.reduce((sum, doc) => sum + Number(doc[field]), 0)
  return {
    available: total('available'),
    byLot: Object.fromEntries(
      docs
        .filter((doc) => Number(doc.onHand) !== 0)
        .map((doc) => [doc.lot as number, Number(doc.onHand)]),
    ),
    onHand: total('onHand'),
    reserved: total('reserved'),
  }
}
