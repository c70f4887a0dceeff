import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { ChosenLine } from './rules/shortagePurchases'
import { invalid, invalidEach } from '../platform/errors'
import { findAllByIds } from '../platform/findAllByIds'
import { askedLines, checkChosenLines } from './rules/chosenLines'

/** At most this many lines per request. */
const maxLines = 500

export type BuyableItem = { id: number; name: string; sku: string; standardCost: Big }

/**
 * The user's choice, `lines` of `{ item, supplier, quantity }`, checked whole: every line's
 * item must exist and be bought (not a resource), its supplier exist, its quantity be positive.
 * Every problem is named by its line and field (`lines[1].supplier`), all in one 400.
 */
export async function chosenLines(
  req: PayloadRequest,
  value: unknown,
): Promise<{
  items: Map<number, BuyableItem>
  lines: ChosenLine[]
  suppliers: Map<number, string>
}> {
  if (!Array.isArray(value) || value.length === 0)
    throw invalid('lines', 'choose at least one item to buy, as { item, supplier, quantity }')
  if (value.length > maxLines) throw invalid('lines', `at most ${maxLines} lines at once`)
  const raw = askedLines(value)
  const items = await findAllByIds(
    req,
    'items',
    raw.flatMap((r) => (r.item === null ? [] : [r.item])),
    { kind: true, name: true, sku: true, standardCost: true },
  )
  const suppliers = await findAllByIds(
    req,
    'suppliers',
    raw.flatMap((r) => (r.supplier === null ? [] : [r.supplier])),
    { name: true },
  )
  const itemOf = new Map(items.map((item) => [item.id, item]))
  const supplierOf = new Map(suppliers.map((s) => [s.id, s.name ?? `#${s.id}`]))
  const { lines, problems } = checkChosenLines(value, raw, itemOf, supplierOf)
  if (problems.length) throw invalidEach(problems)
  return {
    items: new Map(
      items.map((item) => [
        item.id,
        {
          id: item.id,
          name: item.name,
          sku: item.sku,
          standardCost: new Big(item.standardCost ?? 0),
        },
      ]),
    ),
    lines,
    suppliers: supplierOf,
  }
}
