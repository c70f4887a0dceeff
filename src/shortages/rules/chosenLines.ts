import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { isCanonicalId } from '../../platform/rules/inputValues'
import type { ChosenLine } from './shortagePurchases'

type Problem = { message: string; path: string }
/** One asked line as read: its item and supplier ids where they are ids. */
export type AskedLine = {
  index: number
  item: null | number
  quantity: unknown
  rawSupplier: unknown
  supplier: null | number
}
/** An item as the check reads it. */
export type KnownItem = { id: number; kind?: null | string; sku: string }

const idIn = (value: unknown): null | number => (isCanonicalId(value) ? Number(value) : null)

/** The lines a request asks, each's item and supplier read as ids where they are ids. */
export const askedLines = (value: readonly unknown[]): AskedLine[] =>
  value.map((line, index) => {
    const row = typeof line === 'object' && line !== null && !Array.isArray(line) ? line : {}
    const { item, quantity, supplier } = row as Record<string, unknown>
    return { index, item: idIn(item), quantity, rawSupplier: supplier, supplier: idIn(supplier) }
  })

/** The problem with an asked line's item, if any. */
function itemProblem(r: AskedLine, item: KnownItem | undefined): null | string {
  if (r.item === null) return 'must be the id of an item'
  if (!item) return `no item with id ${r.item}`
  if (item.kind === 'resource') return `${item.sku} is a resource, not bought`
  return null
}

/** The problem with an asked line's supplier, if any. */
function supplierProblem(r: AskedLine, suppliers: ReadonlyMap<number, string>): null | string {
  if (r.rawSupplier === undefined || r.rawSupplier === null || r.rawSupplier === '')
    return 'choose the supplier to buy from'
  if (r.supplier === null) return 'must be the id of a supplier'
  if (!suppliers.has(r.supplier)) return `no supplier with id ${r.supplier}`
  return null
}

/**
 * The lines to buy, checked whole against the items and suppliers found: every line's item must
 * exist and be bought (not a resource), its supplier exist, its quantity be positive. Every
 * problem is named by its line and field (`lines[1].supplier`).
 */
export function checkChosenLines(
  value: readonly unknown[],
  asked: readonly AskedLine[],
  items: ReadonlyMap<number, KnownItem>,
  suppliers: ReadonlyMap<number, string>,
): { lines: ChosenLine[]; problems: Problem[] } {
  const problems: Problem[] = []
  const lines: ChosenLine[] = []
  for (const r of asked) {
    const at = (field: string) => `lines[${r.index}]${field ? `.${field}` : ''}`
    if (!(typeof value[r.index] === 'object' && value[r.index] !== null)) {
      problems.push({ message: 'must be { item, supplier, quantity }', path: at('') })
      continue
    }
    const item = r.item === null ? undefined : items.get(r.item)
    const onItem = itemProblem(r, item)
    if (onItem) problems.push({ message: onItem, path: at('item') })
    const onSupplier = supplierProblem(r, suppliers)
    if (onSupplier) problems.push({ message: onSupplier, path: at('supplier') })
    const quantity = parseDecimal(r.quantity, 'positive')
    if (!quantity.ok)
      problems.push({ message: problemText[quantity.problem], path: at('quantity') })
    if (item && r.supplier !== null && suppliers.has(r.supplier) && quantity.ok)
      lines.push({ item: item.id, quantity: quantity.value, supplier: r.supplier })
  }
  return { lines, problems }
}
