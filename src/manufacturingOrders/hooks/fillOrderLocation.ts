import type { CollectionBeforeValidateHook } from 'payload'

import { firstProductionFloor } from '../../workflow/productionFloorFor'
import { invalid } from '../../platform/errors'
import { refOf } from '../../platform/idOf'

/**
 * A new order left without a location is made where its product is made (the item's production
 * floor), else on the first production floor; an order never loses its location.
 */
export const fillOrderLocation: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (!data) return data
  if (operation === 'update') {
    if ('location' in data && !refOf(data.location))
      throw invalid('location', 'an order needs a location')
    return data
  }
  if (refOf(data.location)) return data
  const product = refOf(data.product)
  const item = product
    ? await req.payload.findByID({
        collection: 'items',
        depth: 0,
        disableErrors: true,
        id: product,
        overrideAccess: true,
        req,
        select: { productionFloor: true },
      })
    : null
  const location = refOf(item?.productionFloor) ?? (await firstProductionFloor(req))
  if (!location)
    throw invalid('location', 'there is no production floor yet: create one or name it')
  return { ...data, location }
}
