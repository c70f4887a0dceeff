'use client'
import React from 'react'
import { Bar } from 'recharts'

import { amount, type LocationValue, money } from '../rules/chartSeries'
import { ChartFrame } from './ChartFrame'
import { HorizontalBars } from './HorizontalBars'
import * as theme from './chartTheme'

const columns = [
  { header: 'Location', value: (row: LocationValue) => row.label },
  { align: 'right', header: 'Value on hand', value: (row: LocationValue) => money(row.value) },
  {
    align: 'right',
    header: 'Quantity without a cost',
    value: (row: LocationValue) => amount(row.uncosted),
  },
] as const

/** What the stock on hand at each location is worth now: one bar per location, the most first. */
export function LocationValueChart({ locations }: { locations: LocationValue[] }) {
  const total = locations.reduce((sum, location) => sum + location.value, 0)
  return (
    <ChartFrame
      caption={`Stock on hand now, at each lot's unit cost: ${money(total)} over ${locations.length} locations.`}
      columns={columns}
      empty="No location holds stock."
      rows={locations}
      testId="chart-location-values"
      title="On-hand value by location"
    >
      <HorizontalBars
        category={{ label: 'Location', width: 164 }}
        formatter={(value) => money(Number(value))}
        rowHeight={32}
        rows={locations}
        tickFormatter={(value: number) => money(value)}
        valueLabel="Value on hand"
      >
        <Bar dataKey="value" fill={theme.colors.value} name="Value" radius={[0, 2, 2, 0]} />
      </HorizontalBars>
    </ChartFrame>
  )
}
