import type { PayloadRequest } from 'payload'

import { invalid } from '../platform/errors'
import { firstLocation } from '../inventory/firstLocation'

/** The first production floor created, where production goes unless told otherwise; or none. */
export async function firstProductionFloor(req: PayloadRequest): Promise<number | undefined> {
  return (await firstLocation(req, { kind: { equals: 'production_floor' } }))?.id
}

/**
 * The production floor new production runs on: the one named (which must be a production
 * floor), or else the first production floor created. Refused, naming `path`, when there is none.
 */
export async function productionFloorFor(
  req: PayloadRequest,
  named: number | undefined,
  path: string,
): Promise<number> {
  const floor = await firstLocation(
    req,
    named === undefined ? { kind: { equals: 'production_floor' } } : { id: { equals: named } },
  )
  if (named !== undefined && floor?.kind !== 'production_floor')
    throw invalid(path, `location ${named} is not a production floor`)
  if (!floor) throw invalid(path, 'there is no production floor yet: create one or name it')
  return floor.id
}
