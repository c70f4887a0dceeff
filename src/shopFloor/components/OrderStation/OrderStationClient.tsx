'use client'
import React from 'react'

import { BatchOutput } from './BatchOutput'
import { IngredientPicking } from './IngredientPicking'
import type { OrderStationData } from './loadOrderStation'

/** The order's station: picking first, then the output it makes. */
export function OrderStationClient({ data }: { data: OrderStationData }) {
  if (!data.can.update)
    return (
      <p id="order-station" role="status">
        You may see this order; picking and recording its output need the update permission.
      </p>
    )
  return (
    <div id="order-station">
      <IngredientPicking data={data} />
      <BatchOutput data={data} />
    </div>
  )
}
