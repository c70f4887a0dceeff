import type { Decimal } from '../../platform/rules/decimal'
import { shortageOf } from './materialShortage'
import type { OrderPlan } from '../../recipes/rules/orderPlan'
import { orderSizeFor, type ProductionMode } from '../../manufacturingOrders/rules/orderSize'

/** What ordering a sub-assembly needs to know of a product the document consumes. */
export type SubAssemblyProduct = {
  /** On hand less others' reservations, the document's own reservation counted as its. */
  available: Decimal
  /** What one batch of its recipe makes. */
  batchOutput: Decimal
  mode: ProductionMode
}

export type SubAssemblyOrder = { product: number; shortage: Decimal; size: OrderPlan }

/**
 * The manufacturing orders that cover a document's sub-assemblies: for each product it still
 * needs (`needs`, by item) that can be made (`products`: those with an active recipe), an order
 * for what the need exceeds what is available, sized by the product's mode. Items without a
 * recipe, and needs the stock covers, get none.
 */
export function subAssemblyOrders(
  needs: ReadonlyMap<number, Decimal>,
  products: ReadonlyMap<number, SubAssemblyProduct>,
): SubAssemblyOrder[] {
  const orders: SubAssemblyOrder[] = []
  for (const [product, need] of needs) {
    const info = products.get(product)
    if (!info) continue
    const shortage = shortageOf(need, info.available)
    if (shortage.lte(0)) continue
    orders.push({ product, shortage, size: orderSizeFor(shortage, info.mode, info.batchOutput) })
  }
  return orders
}
