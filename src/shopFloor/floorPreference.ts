import type { PayloadRequest } from 'payload'

/** The preference (Payload's payload-preferences) holding the user's production floor. */
export const floorPreferenceKey = 'manufacturing-shop-floor'

export type FloorPreference = { floor: number }

/** The production floor the signed-in user picked on the shop floor, if any. */
export async function preferredFloor(req: PayloadRequest): Promise<null | number> {
  const user = req.user
  if (!user) return null
  const { docs } = await req.payload.find({
    collection: 'payload-preferences',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    where: {
      and: [
        { key: { equals: floorPreferenceKey } },
        { 'user.relationTo': { equals: user.collection } },
        { 'user.value': { equals: user.id } },
      ],
    },
  })
  const floor = (docs[0]?.value as FloorPreference | null | undefined)?.floor
  return Number.isSafeInteger(floor) ? (floor as number) : null
}
