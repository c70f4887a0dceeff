import type { PayloadRequest } from 'payload'

import React from 'react'

import { today } from '../../../workflow/productionDay'
import { floorList, productionFloors } from '../../floorList'
import { preferredFloor } from '../../floorPreference'
import { shopFloorHref } from '../../rules/shopFloorRoute'
import { ScreenHeader } from '../touch/ScreenHeader'
import { TouchLink } from '../touch/TouchLink'
import { FloorPicker } from './FloorPicker.client'
import { FloorRows } from './FloorRows'

/**
 * The shop floor's first screen: the operator's production floor (picked once, then remembered)
 * and what it has today.
 */
export async function FloorScreen({ change, req }: { change?: boolean; req: PayloadRequest }) {
  const adminRoute = req.payload.config.routes.admin
  const home = shopFloorHref(adminRoute)
  const [floors, picked] = [await productionFloors(req), await preferredFloor(req)]
  const floor = floors.find((f) => f.id === picked)
  if (!floor || change)
    return (
      <>
        <ScreenHeader
          back={floor ? { href: home, label: floor.name } : undefined}
          title="Shop floor"
        />
        <FloorPicker current={floor?.id ?? null} floors={floors} />
      </>
    )
  const day = today()
  const { executions, orders } = await floorList(req, floor.id, day)
  return (
    <>
      <ScreenHeader title={floor.name}>
        <TouchLink href={`${home}?floor=change`} id="shop-floor-change-floor">
          Change floor
        </TouchLink>
      </ScreenHeader>
      <p style={{ color: 'var(--theme-elevation-600)', margin: '8px 0 0' }}>Today, {day}</p>
      <FloorRows
        empty="No executions here today."
        hrefOf={(row) => shopFloorHref(adminRoute, { id: row.id, kind: 'executions' })}
        id="shop-floor-executions"
        rows={executions}
        title="Executions"
      />
      <FloorRows
        empty="No open manufacturing orders here."
        hrefOf={(row) => shopFloorHref(adminRoute, { id: row.id, kind: 'manufacturing-orders' })}
        id="shop-floor-orders"
        rows={orders}
        title="Manufacturing orders"
      />
    </>
  )
}
