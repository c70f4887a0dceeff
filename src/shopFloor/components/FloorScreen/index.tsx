import type { PayloadRequest } from 'payload'

import React from 'react'

import { today } from '../../../workflow/productionDay'
import { type FloorRow, floorList, productionFloors } from '../../floorList'
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
        <FloorPicker current={floor?.id ?? null} floors={floors} home={home} />
      </>
    )
  const day = today()
  const { executions, orders, runs } = await floorList(req, floor.id, day)
  const hrefOf = (row: FloorRow) => shopFloorHref(adminRoute, { id: row.id, kind: row.kind })
  return (
    <>
      <ScreenHeader title={floor.name}>
        <TouchLink href={`${home}?floor=change`} id="shop-floor-change-floor">
          Change floor
        </TouchLink>
        <TouchLink href={`${adminRoute === '/' ? '/' : adminRoute}?desk`} id="shop-floor-desk">
          Desk
        </TouchLink>
      </ScreenHeader>
      <p style={{ color: 'var(--theme-elevation-600)', margin: '8px 0 0' }}>Today, {day}</p>
      <FloorRows
        empty="No executions here today."
        hrefOf={hrefOf}
        id="shop-floor-executions"
        rows={executions}
        title="Executions"
      />
      <FloorRows
        empty="No open manufacturing orders here."
        hrefOf={hrefOf}
        id="shop-floor-orders"
        rows={orders}
        title="Manufacturing orders"
      />
      {runs.length > 0 && (
        <FloorRows
          empty=""
          hrefOf={hrefOf}
          id="shop-floor-runs"
          rows={runs}
          title="Production runs under way"
        />
      )}
    </>
  )
}
