import type { PayloadRequest, Where } from 'payload'

import type { Location } from '../payload-types'

/** The first location created that matches `where` (the oldest, so the choice never moves). */
export async function firstLocation(
  req: PayloadRequest,
  where: Where,
): Promise<Pick<Location, 'id' | 'kind'> | undefined> {
  const { docs } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { kind: true },
    sort: 'id',
    where,
  })
  return docs[0]
}
