import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { ChosenLine } from './rules/shortagePurchases'
import { invalid, invalidEach } from '../platform/errors'
import { parseDecimal, problemText } from '../platform/rules/decimal'
import { isCanonicalId } from '../platform/rules/inputValues'

/** At most this many lines per request. */
const maxLines = 500

const idIn = (value: unknown): null | number => (isCanonicalId(value) ? Number(value) : null)

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
  const raw = value.map((line, index) => {
    const row = typeof line === 'object' && line !== null && !Array.isArray(line) ? line : {}
    const { item, quantity, supplier } = row as Record<string, unknown>
    return { index, item: idIn(item), quantity, rawSupplier: supplier, supplier: idIn(supplier) }
  })
  const { docs: items } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { kind: true, name: true, sku: true, standardCost: true },
    where: { id: { in: raw.flatMap((r) => (r.item === null ? [] : [r.item])) } },
  })
  const { docs: suppliers } = await req.payload.find({
    collection: 'suppliers',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: raw.flatMap((r) => (r.supplier === null ? [] : [r.supplier])) } },
  })
  const itemOf = new Map(items.map((item) => [item.id, item]))
  const supplierOf = new Map(suppliers.map((s) => [s.id, s.name ?? `#${s.id}`]))
  const problems: { message: string; path: string }[] = []
  const lines: ChosenLine[] = []
  for (const r of raw) {
    const at = (field: string) => `lines[${r.index}]${field ? `.${field}` : ''}`
    if (!(typeof value[r.index] === 'object' && value[r.index] !== null)) {
      problems.push({ message: 'must be { item, supplier, quantity }', path: at('') })
      continue
    }
    const item = r.item === null ? undefined : itemOf.get(r.item)
    if (r.item === null) problems.push({ message: 'must be the id of an item', path: at('item') })
    else if (!item) problems.push({ message: `no item with id ${r.item}`, path: at('item') })
    else if (item.kind === 'resource')
      problems.push({ message: `${item.sku} is a resource, not bought`, path: at('item') })
    if (r.rawSupplier === undefined || r.rawSupplier === null || r.rawSupplier === '')
      problems.push({ message: 'choose the supplier to buy from', path: at('supplier') })
    else if (r.supplier === null)
      problems.push({ message: 'must be the id of a supplier', path: at('supplier') })
    else if (!supplierOf.has(r.supplier))
      problems.push({ message: `no supplier with id ${r.supplier}`, path: at('supplier') })
    const quantity = parseDecimal(r.quantity, 'positive')
    if (!quantity.ok)
      problems.push({ message: problemText[quantity.problem], path: at('quantity') })
    if (item && r.supplier !== null && supplierOf.has(r.supplier) && quantity.ok)
      lines.push({ item: item.id, quantity: quantity.value, supplier: r.supplier })
  }
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
