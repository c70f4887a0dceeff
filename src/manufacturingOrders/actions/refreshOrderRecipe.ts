import { conflict } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { loadOpenOrder } from '../loadOrder'
import { orderStarted } from '../orderStarted'

/**
 * `refreshOrderRecipe`: copies the product's active recipe onto the order again (its ingredients
 * and operations, scaled to the order), replacing the snapshot, while nothing has started.
 */
export const refreshOrderRecipe = defineAction<{ id: number }, { orderNumber: string }>({
  args: { id: 'Int!' },
  costs: {},
  description: "refresh an order's recipe",
  name: 'refreshOrderRecipe',
  permission: 'manufacturingOrders.overrideRecipe',
  perform: async (req, args) => {
    const order = await loadOpenOrder(req, args.id)
    if (await orderStarted(req, order))
      throw conflict(`${order.orderNumber} has started: its recipe can no longer be refreshed.`)
    await req.payload.update({
      collection: 'manufacturing-orders',
      context: { refreshRecipe: true },
      data: {},
      depth: 0,
      id: order.id,
      overrideAccess: false,
      req,
      user: req.user,
    })
    return { orderNumber: order.orderNumber ?? '' }
  },
})
