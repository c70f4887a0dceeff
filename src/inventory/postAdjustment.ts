import type { PayloadRequest } from 'payload'

import { parseDecimal } from '../platform/rules/decimal'
import { post, type PostingLineInput, type PostingResult } from '../ledger'
import { invalid } from '../platform/errors'
import { postingKeyOf } from '../platform/rules/idempotency'
import { virtualLocation } from './virtualLocation'

type Ref = number | { id: number }
const idOf = (ref: Ref | null | undefined) =>
  (ref && typeof ref === 'object' ? ref.id : ref) ?? undefined

export type AdjustmentDoc = {
  id: number
  lines?:
    | {
        id?: string | null
        item: Ref
        lot?: Ref | null
        quantityDelta: number
        note?: string | null
      }[]
    | null
  location: Ref
  type: 'count' | 'damage' | 'found' | 'other' | 'waste'
}

/**
 * Posts an adjustment: added stock comes from the virtual adjustment location (into a new lot
 * at the item's standard cost unless a lot is named); removed stock goes to the adjustment
 * location, or to loss for waste and damage.
 */
export async function postAdjustment(
  req: PayloadRequest,
  adjustment: AdjustmentDoc,
): Promise<PostingResult> {
  const location = idOf(adjustment.location)!
  const removesOnly = adjustment.type === 'waste' || adjustment.type === 'damage'
  const adjustmentSide = await virtualLocation(req, 'adjustment')
  const lossSide = removesOnly ? await virtualLocation(req, 'loss') : adjustmentSide
  const lines = adjustment.lines ?? []
  const standardCost = await standardCosts(
    req,
    lines.map((line) => idOf(line.item)!),
  )
  const postingLines: PostingLineInput[] = []
  for (const [index, line] of lines.entries()) {
    const delta = parseDecimal(line.quantityDelta)
    if (!delta.ok || delta.value.eq(0))
      throw invalid(`lines[${index}].quantityDelta`, 'must be a number other than zero')
    const item = idOf(line.item)!
    const lot = idOf(line.lot)
    const sourceLine = line.id ?? String(index)
    if (delta.value.gt(0)) {
      if (removesOnly)
        throw invalid(
          `lines[${index}].quantityDelta`,
          `a ${adjustment.type} adjustment only removes stock: use a negative quantity`,
        )
      postingLines.push({
        from: adjustmentSide,
        item,
        ...(lot ? { lot } : { newLot: { unitCost: standardCost.get(item) ?? 0 } }),
        quantity: delta.value.toFixed(),
        reason: 'adjustment',
        sourceLine,
        to: location,
      })
    } else {
      postingLines.push({
        from: location,
        item,
        ...(lot ? { lot } : {}),
        quantity: delta.value.abs().toFixed(),
        reason: adjustment.type === 'waste' ? 'loss_waste' : 'adjustment',
        sourceLine,
        to: lossSide,
      })
    }
  }
  return post(req, {
    key: postingKeyOf('inventory-adjustments', adjustment.id, 'post'),
    lines: postingLines,
    source: { collection: 'inventory-adjustments', id: adjustment.id },
  })
}

/** Each item's standard cost, in one read for all lines (unknown items are the ledger's to refuse). */
async function standardCosts(req: PayloadRequest, items: number[]): Promise<Map<number, number>> {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { standardCost: true },
    where: { id: { in: [...new Set(items)] } },
  })
  return new Map(
    docs.flatMap((doc) => (doc.standardCost == null ? [] : [[doc.id, doc.standardCost]])),
  )
}
