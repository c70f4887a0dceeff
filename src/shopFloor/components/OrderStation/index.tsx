import type { PayloadRequest } from 'payload'

import React from 'react'

import { shopFloorHref } from '../../rules/shopFloorRoute'
import { StationMissing } from '../stationParts/StationMissing'
import { ScreenHeader } from '../touch/ScreenHeader'
import { loadOrderStation } from './loadOrderStation'
import { OrderNextStep } from './OrderNextStep'
import { OrderStationClient } from './OrderStationClient'

/**
 * A manufacturing order's station: its ingredients to pick from the lots offered (or scanned)
 * and its batches' output to record, as far as the user's permissions go.
 */
export async function OrderStation({ id, req }: { id: string; req: PayloadRequest }) {
  const back = { href: shopFloorHref(req.payload.config.routes.admin), label: 'Shop floor' }
  const data = /^\d+$/.test(id) ? await loadOrderStation(req, Number(id)) : null
  if (!data) return <StationMissing back={back} id={id} what="manufacturing order" />
  return (
    <>
      <ScreenHeader back={back} title={`${data.order.number} · ${data.order.product}`} />
      <OrderNextStep data={data} />
      <OrderStationClient data={data} />
    </>
  )
}
