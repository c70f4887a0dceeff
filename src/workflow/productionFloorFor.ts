import type { PayloadRequest } from 'payload'

import { invalid } from '../platform/errors'

/** The first production floor created, where production goes unless told otherwise; or none. */
export async function firstProductionFloor(req: PayloadRequest): Promise<number | undefined> {
  const { docs } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { kind: true },
    sort: 'id',
    where: { kind: { equals: 'production_floor' } },
  })
  return docs[0]?.id
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
  const { docs } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { kind: true },
    sort: 'id',
    where:
      named === undefined ? { kind: { equals: 'production_floor' } } : { id: { equals: named } },
  })
  const [floor] = docs
  if (named !== undefined && floor?.kind !== 'production_floor')
    throw invalid(path, `location ${named} is not a production floor`)
  if (!floor) throw invalid(path, 'there is no production floor yet: create one or name it')
  return floor.id
}
