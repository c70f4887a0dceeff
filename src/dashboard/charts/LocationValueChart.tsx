'use client'
import React from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { amount, type LocationValue, money } from '../rules/chartSeries'
import { ChartFrame } from './ChartFrame'
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
      <ResponsiveContainer height={theme.barsHeight(locations.length, 32)} width="100%">
        <BarChart
          data={locations}
          layout="vertical"
          margin={{ bottom: 16, left: 8, right: 16, top: 8 }}
        >
          <CartesianGrid {...theme.gridProps} horizontal={false} />
          <XAxis
            {...theme.axisProps}
            label={theme.axisLabel('Value on hand', 'insideBottom')}
            tickFormatter={(value: number) => money(value)}
            type="number"
          />
          <YAxis {...theme.sideAxisProps('Location', 164)} />
          <Tooltip {...theme.tooltipProps} formatter={(value) => money(Number(value))} />
          <Bar dataKey="value" fill={theme.colors.value} name="Value" radius={[0, 2, 2, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
