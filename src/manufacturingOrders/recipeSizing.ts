import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Decimal } from '../platform/rules/decimal'
import type { ProductionMode } from './rules/orderSize'
import { findAllByIds } from '../platform/findAllByIds'
import { idOf } from '../platform/idOf'

/** What sizing an order from a recipe needs: its product, and how that product is made. */
export type RecipeSizing = {
  active: boolean
  /** What one batch makes: the recipe's output. */
  batchOutput: Decimal
  bom: number
  mode: ProductionMode
  product: number
}

/**
 * Each of these BOMs (those that exist) with its product's production mode. `asUser` reads the
 * BOMs with the request user's own access, as an action the user names them in does.
 */
export async function loadRecipeSizing(
  req: PayloadRequest,
  boms: readonly number[],
  asUser = false,
): Promise<Map<number, RecipeSizing>> {
  if (boms.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'boms',
    depth: 0,
    overrideAccess: !asUser,
    pagination: false,
    req,
    select: { active: true, outputQuantity: true, product: true },
    ...(asUser ? { user: req.user } : {}),
    where: { id: { in: [...new Set(boms)] } },
  })
  const products = await findAllByIds(
    req,
    'items',
    docs.map((bom) => idOf(bom.product)),
    { productionMode: true },
  )
  const modeOf = new Map(products.map((item) => [item.id, item.productionMode ?? 'discrete']))
  return new Map(
    docs.map((bom) => [
      bom.id,
      {
        active: Boolean(bom.active),
        batchOutput: new Big(bom.outputQuantity),
        bom: bom.id,
        mode: modeOf.get(idOf(bom.product)) ?? 'discrete',
        product: idOf(bom.product),
      },
    ]),
  )
}
