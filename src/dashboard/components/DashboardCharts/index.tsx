import type { PayloadRequest } from 'payload'

import React from 'react'

import { LocationValueChart } from '../../charts/LocationValueChart'
import { PlannedProducedChart } from '../../charts/PlannedProducedChart'
import { ProductCostChart } from '../../charts/ProductCostChart'
import { StageLossesChart } from '../../charts/StageLossesChart'
import { loadCharts } from '../../loadCharts'
import { chartFloors, type ChartFloors } from '../../rules/chartSeries'

/**
 * The dashboard's charts, drawn below its figures: each only for users who may see what it
 * counts; the cost and value charts only with items.viewCosts, so their figures never reach
 * anyone else's browser.
 */
export async function DashboardCharts({
  floors,
  req,
}: {
  floors: ChartFloors
  req: PayloadRequest
}) {
  const { costs, days, losses, plannedProduced, values } = await loadCharts(req, {
    floors: chartFloors(floors),
  })
  if (!plannedProduced && !losses && !costs && !values) return null
  return (
    <section data-testid="dashboard-charts" style={{ marginTop: 'calc(var(--base) * 1.5)' }}>
      <h2 style={{ fontSize: 20, margin: '0 0 12px' }}>Production charts</h2>
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 440px), 1fr))',
        }}
      >
        {plannedProduced && <PlannedProducedChart points={plannedProduced} />}
        {losses && <StageLossesChart days={days} stages={losses} />}
        {costs && <ProductCostChart days={days} products={costs} />}
        {values && <LocationValueChart locations={values} />}
      </div>
    </section>
  )
}
