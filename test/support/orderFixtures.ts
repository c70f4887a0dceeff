import type { Payload } from 'payload'

let counter = 0

/**
 * What the manufacturing order sources are tried on, on a fresh production floor stocked for a
 * few tables and batches: a discrete table (1 top, 5 screws, 4 legs per table) and a batch-made
 * bread dough (batches of 20 kg from 12 kg flour and 8 kg water), each with its active recipe.
 */
export async function tableAndDough(payload: Payload) {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}`
  const item = async (sku: string, kind: 'material' | 'product', extra = {}) =>
    (
      await payload.create({
        collection: 'items',
        data: { kind, name: `${sku} ${tag}`, sku: `${sku}-${tag}`, unit: 'pcs', ...extra },
      })
    ).id
  const top = await item('TOP', 'material')
  const screw = await item('SCREW', 'material')
  const leg = await item('LEG', 'material')
  const flour = await item('FLOUR', 'material')
  const water = await item('WATER', 'material')
  const table = await item('TABLE', 'product')
  const dough = await item('DOUGH', 'product', { batchSize: 20, productionMode: 'batch' })
  const floor = (
    await payload.create({
      collection: 'locations',
      data: { kind: 'production_floor', name: `Bakery and workshop ${tag}` },
    })
  ).id
  await payload.create({
    collection: 'inventory-adjustments',
    data: {
      lines: [
        { item: top, quantityDelta: 10 },
        { item: screw, quantityDelta: 100 },
        { item: leg, quantityDelta: 40 },
        { item: flour, quantityDelta: 100 },
        { item: water, quantityDelta: 100 },
      ],
      location: floor,
      type: 'found',
    },
  })
  const tableBom = await payload.create({
    collection: 'boms',
    data: {
      basis: 'per_unit',
      components: [
        { item: top, quantity: 1 },
        { item: screw, quantity: 5 },
        { item: leg, quantity: 4 },
      ],
      outputQuantity: 1,
      product: table,
    },
  })
  const doughBom = await payload.create({
    collection: 'boms',
    data: {
      basis: 'per_batch',
      components: [
        { item: flour, quantity: 12 },
        { item: water, quantity: 8 },
      ],
      outputQuantity: 20,
      product: dough,
    },
  })
  return {
    dough,
    doughBom: doughBom.id,
    floor,
    flour,
    leg,
    screw,
    table,
    tableBom: tableBom.id,
    tag,
    top,
    water,
  }
}

/** The first production floor by id: where orders go when no location is named. */
export async function firstProductionFloor(payload: Payload): Promise<number> {
  const { docs } = await payload.find({
    collection: 'locations',
    limit: 1,
    sort: 'id',
    where: { kind: { equals: 'production_floor' } },
  })
  return docs[0]!.id
}

/** An API error's first message: the field error when it names one. */
export const errorMessage = (body: any): string =>
  body?.errors?.[0]?.data?.errors?.[0]?.message ?? body?.errors?.[0]?.message ?? ''
