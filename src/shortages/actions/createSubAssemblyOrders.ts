import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Decimal } from '../../platform/rules/decimal'
import { type SubAssemblyProduct, subAssemblyOrders } from '../rules/subAssemblyOrders'
import { reservationTarget } from '../../workflow/rules/reservations'
import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { findAllByIds } from '../../platform/findAllByIds'
import { type CreatedOrder, createOrder } from '../../manufacturingOrders/createOrder'
import { loadRecipeSizing } from '../../manufacturingOrders/recipeSizing'
import { executionSource, orderSource, type SubAssemblySource } from '../subAssemblySource'
import { activeBomsOf } from '../../recipes/recipes'
import { loadReservations } from '../../workflow/reservations'
import { loadStatusPostings } from '../../workflow/statusPostings'

type Args = { execution?: number; order?: number }

export type SubAssemblyOrders = {
  created: (CreatedOrder & { name: string; shortage: string; sku: string })[]
}

const given = (value: unknown) => value !== undefined && value !== null

/**
 * What the document still needs of each product: its product lines (sub-assemblies) that the
 * status rules have not consumed and no other document makes.
 */
async function openProductNeeds(req: PayloadRequest, source: SubAssemblySource) {
  const { document } = source
  const posted = await loadStatusPostings(req, document.collection, document.id)
  return reservationTarget(
    document.lines.filter(
      (line) => line.action === 'deduct_products' && !source.madeElsewhere.has(line.id),
    ),
    new Set(posted.map((posting) => posting.line)),
  )
}

/**
 * "Order sub-assemblies" for an execution or a manufacturing order: for each product it still
 * consumes that has an active recipe and is short (its need beyond the stock available: on hand
 * less others' reservations, what the document holds reserved counting as its own), one
 * manufacturing order for the shortage at the document's location, due when the document is
 * (its production day or deadline): in discrete units, or the whole batches that cover it.
 * Nothing short creates nothing.
 */
export const createSubAssemblyOrders = defineAction<Args, SubAssemblyOrders>({
  args: { execution: 'Int', order: 'Int' },
  costs: {},
  description: 'create manufacturing orders',
  name: 'createSubAssemblyOrders',
  permission: 'manufacturingOrders.create',
  perform: async (req, args) => {
    if (given(args.execution) === given(args.order))
      throw invalid('execution', 'name one execution, or one manufacturing order as order')
    const source = given(args.execution)
      ? await executionSource(req, args.execution)
      : await orderSource(req, args.order)
    const needs = await openProductNeeds(req, source)
    const boms = await activeBomsOf(req, [...needs.keys()])
    if (boms.size === 0) return { created: [] }
    const recipes = await loadRecipeSizing(req, [...boms.values()])
    const held = new Map<number, Decimal>()
    for (const reservation of await loadReservations(req, source.document))
      held.set(
        reservation.item,
        (held.get(reservation.item) ?? new Big(0)).plus(reservation.quantity),
      )
    const items = await findAllByIds(req, 'items', [...boms.keys()], {
      available: true,
      name: true,
      sku: true,
    })
    const products = new Map(
      items.map((item): [number, SubAssemblyProduct] => {
        const recipe = recipes.get(boms.get(item.id)!)!
        return [
          item.id,
          {
            available: new Big(item.available ?? 0).plus(held.get(item.id) ?? 0),
            batchOutput: recipe.batchOutput,
            mode: recipe.mode,
          },
        ]
      }),
    )

    const created: SubAssemblyOrders['created'] = []
    for (const order of subAssemblyOrders(needs, products)) {
      const item = items.find((i) => i.id === order.product)!
      const doc = await createOrder(req, {
        deadline: source.deadline,
        location: source.document.location,
        notes: `Sub-assembly for ${source.code}.`,
        product: order.product,
        size: order.size,
      })
      created.push({ ...doc, name: item.name, shortage: order.shortage.toFixed(), sku: item.sku })
    }
    return { created }
  },
})
