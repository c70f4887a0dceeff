import type { PayloadRequest } from 'payload'

import { lotOnHand } from '../ledger'
import { notFound } from '../platform/errors'
import { findAllByIds } from '../platform/findAllByIds'
import { findReadable } from '../platform/findByIds'
import { idOf } from '../platform/idOf'

/** What a lot's label prints: the item, the lot's code, what it holds now and its expiry. */
export type LotLabel = {
  code: string
  /** YYYY-MM-DD, or empty. */
  expiresAt: string
  id: number
  item: { name: string; sku: string; unit: string }
  /** What the lot holds at physical locations now, a decimal. */
  onHand: string
}

/** The lot's label as the user may read the lot; a lot they may not read is not found (404). */
export async function lotLabelData(req: PayloadRequest, id: number): Promise<LotLabel> {
  const lot = await findReadable(req, 'lots', id)
  if (!lot) throw notFound('id', `no lot with id ${id}`)
  const [item] = await findAllByIds(req, 'items', [idOf(lot.item)], {
    name: true,
    sku: true,
    unit: true,
  })
  return {
    code: lot.code,
    expiresAt: lot.expiresAt?.slice(0, 10) ?? '',
    id: lot.id,
    item: { name: item?.name ?? '', sku: item?.sku ?? '', unit: item?.unit ?? '' },
    onHand: await lotOnHand(req, lot.id),
  }
}
