import type { Payload, TypedUser } from 'payload'

import { redirect } from 'next/navigation'

import { permissionsOfUser } from '../../floorUser'
import { landsOnShopFloor } from '../../rules/floorWork'
import { shopFloorHref } from '../../rules/shopFloorRoute'

/**
 * Sends someone who works at a station from the dashboard to the shop floor: where the admin
 * opens after they sign in. `?desk` keeps the dashboard.
 */
export async function ShopFloorLanding(props: {
  payload: Payload
  searchParams?: Record<string, unknown>
  user?: TypedUser
}) {
  if (props.searchParams?.desk !== undefined) return null
  if (landsOnShopFloor(await permissionsOfUser(props.payload, props.user)))
    redirect(shopFloorHref(props.payload.config.routes.admin))
  return null
}
