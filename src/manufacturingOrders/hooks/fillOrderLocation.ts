import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { firstProductionFloor } from '../../workflow/productionFloorFor'
import { invalid } from '../../platform/errors'
import { refOf } from '../../platform/idOf'
import { orderStarted } from '../orderStarted'
import type { OrderData } from '../orderShape'
import { type LocationFacts, orderLocationProblem } from '../rules/orderLocation'

/**
 * A new order left without a location is made where its product is made (the item's production
 * floor), else on the first production floor; an order never loses its location. A location
 * named is a production floor, and stays once production has started (see orderLocationProblem).
 */
export const fillOrderLocation: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  if (operation === 'update') {
    if (!('location' in data)) return data
    const location = refOf(data.location)
    if (!location) throw invalid('location', 'an order needs a location')
    const before = (originalDoc ?? {}) as OrderData
    const changed = String(location) !== String(refOf(before.location))
    await refuseLocation(req, location, {
      changed,
      order: before.orderNumber ?? 'This order',
      started: changed && (await orderStarted(req, before)),
    })
    return data
  }
  const named = refOf(data.location)
  if (named) {
    await refuseLocation(req, named, { changed: true, order: 'This order', started: false })
    return data
  }
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

/** Refuses the location an order names where orderLocationProblem finds it wrong. */
async function refuseLocation(
  req: PayloadRequest,
  ref: unknown,
  order: { changed: boolean; order: string; started: boolean },
): Promise<void> {
  if (!order.changed) return
  // What is not an id at all is the relationship's own validation to name.
  const id =
    typeof ref === 'number' || (typeof ref === 'string' && /^\d+$/.test(ref)) ? Number(ref) : 0
  const found =
    Number.isSafeInteger(id) && id > 0
      ? await req.payload.findByID({
          collection: 'locations',
          depth: 0,
          disableErrors: true,
          id,
          overrideAccess: true,
          req,
          select: { kind: true, name: true },
        })
      : null
  const location: LocationFacts = found ? { kind: found.kind, name: found.name } : null
  const problem = orderLocationProblem({ ...order, location })
  if (problem) throw invalid('location', problem)
}
