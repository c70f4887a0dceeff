import type { Payload, TypedUser } from 'payload'

import Link from 'next/link'
import React from 'react'

import { permissionsOfUser } from '../../floorUser'
import { worksOnFloor } from '../../rules/floorWork'
import { shopFloorHref } from '../../rules/shopFloorRoute'

/** The admin nav's way to the shop floor, for those with work there. */
export async function ShopFloorNavLink({ payload, user }: { payload: Payload; user?: TypedUser }) {
  if (!worksOnFloor(await permissionsOfUser(payload, user))) return null
  return (
    <Link
      className="nav__link"
      href={shopFloorHref(payload.config.routes.admin)}
      id="nav-shop-floor"
      style={{ fontWeight: 600 }}
    >
      Shop floor
    </Link>
  )
}
