import type { PayloadRequest } from 'payload'

import type { Item } from '../payload-types'
import { invalid } from '../platform/errors'
import { findAllByIds } from '../platform/findAllByIds'

/** The items lines name, by id, in one query; a missing one is refused naming its line. */
export async function loadItems(
  req: PayloadRequest,
  wanted: readonly { id: number; path: string }[],
): Promise<Map<number, Item>> {
  const ids = [...new Set(wanted.map((w) => w.id))]
  const docs = ids.length ? await findAllByIds(req, 'items', ids) : []
  const items = new Map(docs.map((item) => [item.id, item]))
  for (const { id, path } of wanted)
    if (!items.has(id)) throw invalid(path, `no item with id ${id}`)
  return items
}
