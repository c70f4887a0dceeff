import type { PayloadRequest } from 'payload'

import { post } from '../../src/ledger'
import { virtualLocation } from '../../src/inventory/virtualLocation'
import { cancelRequisition } from '../../src/store/actions/cancelRequisition'
import { issueRequisition } from '../../src/store/actions/issueRequisition'
import { pickRequisition } from '../../src/store/actions/pickRequisition'
import { returnToStore } from '../../src/store/actions/returnToStore'
import { stageTrolley } from '../../src/store/actions/stageTrolley'
import { raiseRequisitions } from '../../src/store/raiseRequisitions'
import { requisitionAnswer } from '../../src/store/requisitions'

type Step = 'cancelled' | 'in_trolley' | 'issued' | 'picked' | 'picking' | 'requested' | 'returned'

/**
 * The store's side of the demo: a packing floor whose parcels (a box and 2 m of bubble wrap
 * each) take their materials from the Main warehouse, one execution per requisition state, each
 * requisition walked there through the store's own actions.
 */
const parcels: { day: string; label: string; step: Step }[] = [
  { day: '2026-12-15', label: 'L-PARCEL-1', step: 'requested' },
  { day: '2026-12-15', label: 'L-PARCEL-2', step: 'picking' },
  { day: '2026-12-16', label: 'L-PARCEL-3', step: 'picked' },
  { day: '2026-12-16', label: 'L-PARCEL-4', step: 'issued' },
  { day: '2026-12-17', label: 'L-PARCEL-5', step: 'in_trolley' },
  { day: '2026-12-17', label: 'L-PARCEL-6', step: 'returned' },
  { day: '2026-12-18', label: 'L-PARCEL-7', step: 'cancelled' },
]

async function findOrCreate<T extends 'boms' | 'items' | 'locations'>(
  req: PayloadRequest,
  collection: T,
  where: Record<string, { equals: unknown }>,
  data: Record<string, unknown>,
  created: string[],
  label = `${collection} ${String(Object.values(where)[0]!.equals)}`,
): Promise<number> {
  const { docs } = await req.payload.find({ collection, depth: 0, limit: 1, req, where })
  if (docs[0]) return docs[0].id as number
  const doc = await req.payload.create({ collection, data: data as never, req })
  created.push(label)
  return doc.id as number
}

export async function seedStore(req: PayloadRequest, created: string[]): Promise<void> {
  const { payload } = req
  const { docs: warehouses } = await payload.find({
    collection: 'locations',
    depth: 0,
    limit: 1,
    req,
    where: { name: { equals: 'Main warehouse' } },
  })
  const store = warehouses[0]!.id
  const floor = await findOrCreate(
    req,
    'locations',
    { name: { equals: 'Floor C (packing)' } },
    { kind: 'production_floor', name: 'Floor C (packing)' },
    created,
  )
  const item = (sku: string, name: string, kind: string, unit: string, standardCost: number) =>
    findOrCreate(
      req,
      'items',
      { sku: { equals: sku } },
      { kind, name, sku, standardCost, unit },
      created,
    )
  const box = await item('BOX', 'Cardboard box', 'material', 'pcs', 0.5)
  const wrap = await item('WRAP', 'Bubble wrap', 'material', 'm', 0.2)
  const parcel = await item('PARCEL', 'Packed parcel', 'product', 'pcs', 1)
  const { docs: statuses } = await payload.find({
    collection: 'production-statuses',
    depth: 0,
    limit: 1,
    req,
    sort: '_order',
  })
  await findOrCreate(
    req,
    'boms',
    { product: { equals: parcel } },
    {
      basis: 'per_unit',
      components: [
        { item: box, quantity: 1 },
        { item: wrap, quantity: 2 },
      ],
      outputQuantity: 1,
      product: parcel,
    },
    created,
    'boms Packed parcel recipe',
  )
  const supplierSide = await virtualLocation(req, 'supplier')
  const opening = await post(req, {
    key: 'seed/store-opening-stock',
    lines: [
      { quantity: '60', receivedAt: '2026-11-10T08:00:00Z', sku: box, unitCost: '0.45' },
      { quantity: '100', receivedAt: '2026-11-24T08:00:00Z', sku: box, unitCost: '0.5' },
      { quantity: '500', receivedAt: '2026-11-10T08:00:00Z', sku: wrap, unitCost: '0.2' },
    ].map((lot) => ({
      from: supplierSide,
      item: lot.sku,
      newLot: { receivedAt: lot.receivedAt, unitCost: lot.unitCost },
      quantity: lot.quantity,
      reason: 'receipt' as const,
      to: store,
    })),
  })
  if (!opening.replayed) created.push('store opening stock')

  for (const { day, label, step } of parcels) {
    const { totalDocs } = await payload.count({
      collection: 'executions',
      req,
      where: { lotLabel: { equals: label } },
    })
    if (totalDocs > 0) continue
    const execution = await payload.create({
      collection: 'executions',
      data: {
        lotLabel: label,
        plannedQuantity: 10,
        product: parcel,
        productionDate: `${day}T12:00:00.000Z`,
        productionFloor: floor,
        status: statuses[0]!.id,
      },
      depth: 0,
      req,
    })
    // Raised as requestMaterials does, without its caller's read check: the seed has no user.
    const [raised] = await raiseRequisitions(
      req,
      [
        {
          code: execution.code ?? label,
          doc: execution,
          id: execution.id,
          status: statuses[0]!.id,
        },
      ],
      { source: store },
    )
    const requisition = requisitionAnswer(raised!)
    const id = requisition!.id
    const boxLine = requisition!.lines.find((line) => line.item === box)!.id
    if (step === 'picking')
      await pickRequisition.perform(req, {
        lines: [{ line: boxLine, quantity: 4 }],
        requisition: id,
      })
    else if (step !== 'requested') await pickRequisition.perform(req, { requisition: id })
    if (['issued', 'in_trolley', 'returned'].includes(step))
      await issueRequisition.perform(req, { requisition: id })
    if (step === 'in_trolley')
      await stageTrolley.perform(req, { label: 'Packing trolley 1', requisitions: [id] })
    if (step === 'returned') await returnToStore.perform(req, { requisition: id })
    if (step === 'cancelled') await cancelRequisition.perform(req, { requisition: id })
    created.push(`execution ${label} with its requisition ${requisition!.code} (${step})`)
  }
}
