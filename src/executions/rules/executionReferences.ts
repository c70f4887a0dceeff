import { dateOnDay } from '../../platform/rules/calendarDay'
import type { ExecutionDraft } from './executionRows'
import { producedAtStart } from './producedAtStart'

/** A product or floor a draft may name: by id, SKU (products only) or name. */
export type Named = { id: number; name: string; sku?: string }
type Problem = { message: string; path: string }

/** Resolves a reference (id, SKU or name) among `candidates`; a name two share is ambiguous. */
export function resolveReference(
  reference: number | string,
  candidates: readonly Named[],
): Named | 'ambiguous' | undefined {
  if (typeof reference === 'number') return candidates.find((c) => c.id === reference)
  const bySku = candidates.find((c) => c.sku === reference)
  if (bySku) return bySku
  const byName = candidates.filter((c) => c.name === reference)
  return byName.length > 1 ? 'ambiguous' : byName[0]
}

/** The problem with a draft's product reference, if any. */
function productProblem(draft: ExecutionDraft, product: Named | 'ambiguous' | undefined) {
  if (product === 'ambiguous') return `${draft.product} names several products; use the SKU`
  if (!product) return `no product ${draft.product}`
  return null
}

/** The problem with a draft's floor reference, if any. */
function floorProblem(draft: ExecutionDraft, floor: Named | 'ambiguous' | undefined) {
  if (floor === 'ambiguous') return `${draft.productionFloor} names several floors`
  if (!floor) return `no production floor ${draft.productionFloor}`
  return null
}

/**
 * Each draft's product and floor resolved among the candidates found, as the data to create its
 * execution with; a reference that names nothing, or several, is a problem at the draft's field.
 * When new production `startsDone`, each has produced its planned quantity unless it says.
 */
export function resolveDrafts<At extends (field: string) => string>(
  drafts: readonly { at: At; draft: ExecutionDraft }[],
  products: readonly Named[],
  floors: readonly Named[],
  startsDone = false,
): { problems: Problem[]; resolved: { at: At; data: Record<string, unknown> }[] } {
  const problems: Problem[] = []
  const resolved: { at: At; data: Record<string, unknown> }[] = []
  for (const { at, draft } of drafts) {
    const product = resolveReference(draft.product, products)
    const floor = resolveReference(draft.productionFloor, floors)
    const onProduct = productProblem(draft, product)
    if (onProduct) problems.push({ message: onProduct, path: at('product') })
    const onFloor = floorProblem(draft, floor)
    if (onFloor) problems.push({ message: onFloor, path: at('productionFloor') })
    const produced = producedAtStart(startsDone, draft.plannedQuantity, draft.producedQuantity)
    if (product && product !== 'ambiguous' && floor && floor !== 'ambiguous')
      resolved.push({
        at,
        data: {
          lotLabel: draft.lotLabel,
          plannedQuantity: Number(draft.plannedQuantity),
          producedQuantity: produced === undefined ? undefined : Number(produced),
          product: product.id,
          productDescription: draft.productDescription,
          productionDate: dateOnDay(draft.productionDate),
          productionFloor: floor.id,
        },
      })
  }
  return { problems, resolved }
}
