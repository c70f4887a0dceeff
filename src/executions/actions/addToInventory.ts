import type { PayloadRequest } from 'payload'

import Big from 'big.js'
import { randomUUID } from 'node:crypto'

import {
  type Decimal,
  decimalPlaces,
  parseDecimal,
  problemText,
} from '../../platform/rules/decimal'
import { scaleComponent } from '../../recipes/rules/scaling'
import { planUndo } from '../rules/undoInventoryAddition'
import { findPosting, post, type PostingLineInput, type PostingResult } from '../../ledger'
import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { findAllByIds } from '../../platform/findAllByIds'
import { findReadable } from '../../platform/findByIds'
import { idOf } from '../../platform/idOf'
import { inventoryAdditionKeys as keys, loadInventoryAdditions } from '../inventoryAdditions'
import { lockFor } from '../../platform/lockFor'
import { clientPostingKey } from '../../ledger'
import { documentId } from '../../platform/parseInput'
import { type BomDoc, recipeOf } from '../../recipes/recipes'
import { virtualLocation } from '../../inventory/virtualLocation'

type Args = {
  bom: number
  /** An idempotency key for this request: a retry with the same key posts once. */
  key?: string
  /** A warehouse or production floor: components are taken from here and the product added. */
  location: number
  /** Positive makes that much; negative takes back that much of what earlier requests made. */
  quantity: number | string
}

/** `key`: the client's own key (or the one made up for it); `postingKey`: the ledger's. */
type AddToInventoryResult = PostingResult & { key: string; postingKey: string }

type Place = { id: number; name: string }

/** Components out of `location` scaled to `quantity`, the product in, costed from what they cost. */
function productionLines(
  bom: BomDoc,
  quantity: Decimal,
  location: number,
  production: number,
): PostingLineInput[] {
  const recipe = recipeOf(bom, () => false)
  const components = recipe.components.flatMap((component, index): PostingLineInput[] => {
    const needed = scaleComponent({
      basis: recipe.basis,
      output: recipe.output,
      produce: quantity,
      quantity: component.quantity,
    }).round(decimalPlaces, Big.roundHalfUp)
    return needed.gt(0)
      ? [
          {
            from: location,
            item: component.item,
            quantity: needed.toFixed(),
            reason: 'consume',
            sourceLine: keys.component(index),
            to: production,
          },
        ]
      : []
  })
  if (components.length === 0) throw invalid('bom', 'the recipe has no components to take')
  return [
    ...components,
    {
      from: production,
      item: idOf(bom.product),
      newLot: { absorbConsumed: {} },
      quantity: quantity.toFixed(),
      reason: 'produce',
      sourceLine: keys.product,
      to: location,
    },
  ]
}

/**
 * Takes back `quantity` of what earlier requests added from this BOM at `location`: the product
 * leaves their lots (latest first), and the components return into the lots they came from, at
 * their cost then, in proportion.
 */
async function undoLines(
  req: PayloadRequest,
  bom: BomDoc,
  quantity: Decimal,
  location: Place,
  production: number,
): Promise<PostingLineInput[]> {
  // Undos of one BOM take turns: each reads what the others already took back.
  await lockFor(req, keys.prefix(bom.id))
  const product = idOf(bom.product)
  const plan = planUndo(await loadInventoryAdditions(req, bom.id, product, location.id), quantity)
  if (!plan.ok) {
    const item = await req.payload.findByID({
      collection: 'items',
      depth: 0,
      id: product,
      overrideAccess: true,
      req,
      select: { sku: true },
    })
    throw invalid(
      'quantity',
      `only ${plan.undoable.toFixed()} ${item.sku} added from this recipe is still at ${location.name} to take back, not ${plan.requested.toFixed()}`,
    )
  }
  return plan.steps.flatMap((step): PostingLineInput[] => [
    {
      from: location.id,
      item: product,
      lot: step.lot,
      quantity: step.quantity.toFixed(),
      reason: 'consume',
      sourceLine: keys.undoneProduct(step.key),
      to: production,
    },
    ...step.returns.map((back): PostingLineInput => ({
      from: production,
      item: back.item,
      lot: back.lot,
      quantity: back.quantity.toFixed(),
      reason: 'produce',
      sourceLine: keys.returned(step.key, back.movement),
      to: location.id,
      unitCost: back.unitCost.toFixed(),
    })),
  ])
}

/**
 * "Add to inventory" from a BOM: produce at once, without an execution. One posting takes the
 * scaled components from the location and puts the product there in a new lot whose unit cost
 * is what they cost ÷ the quantity. A negative quantity undoes earlier additions of the same
 * BOM at the same location (see undoLines); asking more back than they still hold is refused.
 * The movements name the BOM as their source.
 */
export const addToInventory = defineAction<Args, AddToInventoryResult>({
  args: { bom: 'Int!', key: 'String', location: 'Int!', quantity: 'JSON!' },
  costs: { unitCost: 'items.viewCosts' },
  description: 'adjust inventory',
  name: 'addToInventory',
  permission: 'inventory.adjust',
  perform: async (req, args) => {
    const bomId = documentId(args.bom, 'bom', 'a bill of materials')
    const parsed = parseDecimal(args.quantity)
    if (!parsed.ok) throw invalid('quantity', problemText[parsed.problem])
    const quantity = parsed.value
    if (quantity.eq(0))
      throw invalid('quantity', 'must not be zero: positive adds to inventory, negative takes back')
    const locationId = documentId(args.location, 'location', 'a warehouse or production floor')
    const own = clientPostingKey(req, 'addToInventory', args.key)
    const request = own ? (args.key as string) : randomUUID()

    const bom = await findReadable(req, 'boms', bomId)
    if (!bom) throw invalid('bom', `no bill of materials with id ${bomId}`)
    const [location] = await findAllByIds(req, 'locations', [locationId], {
      kind: true,
      name: true,
    })
    if (!location || location.kind === 'virtual')
      throw invalid('location', `location ${locationId} is not a warehouse or production floor`)

    const key = keys.posting(bomId, own ?? request)
    const replay = await findPosting(req, key)
    if (replay) return { ...replay, key: request, postingKey: key }
    const production = await virtualLocation(req, 'production')
    const lines = quantity.gt(0)
      ? productionLines(bom as unknown as BomDoc, quantity, locationId, production)
      : await undoLines(req, bom as unknown as BomDoc, quantity.abs(), location, production)
    const result = await post(req, { key, lines, source: { collection: 'boms', id: bomId } })
    return { ...result, key: request, postingKey: key }
  },
})
