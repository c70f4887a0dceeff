'use client'
import React from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { amount, type DayPoint } from '../rules/chartSeries'
import { ChartFrame } from './ChartFrame'
import * as theme from './chartTheme'

const columns = [
  { header: 'Day', value: (row: DayPoint) => row.day },
  { align: 'right', header: 'Planned', value: (row: DayPoint) => amount(row.planned) },
  { align: 'right', header: 'Produced', value: (row: DayPoint) => amount(row.produced) },
] as const

/**
 * Planned against produced per day: bars of what was produced each day, a line of what was
 * planned for it, in the products' own units added together.
 */
export function PlannedProducedChart({ points }: { points: DayPoint[] }) {
  const planned = points.reduce((total, point) => total + point.planned, 0)
  const produced = points.reduce((total, point) => total + point.produced, 0)
  const active = points.some((point) => point.planned > 0 || point.produced > 0)
  return (
    <ChartFrame
      caption={`Last ${points.length} days: ${amount(planned)} units planned, ${amount(produced)} produced.`}
      columns={columns}
      empty={`Nothing was planned or produced in the last ${points.length} days.`}
      rows={active ? points : []}
      testId="chart-planned-produced"
      title="Planned against produced"
    >
      <ResponsiveContainer height={theme.chartHeight} width="100%">
        <ComposedChart data={points} margin={{ bottom: 16, left: 8, right: 8, top: 8 }}>
          <CartesianGrid {...theme.gridProps} vertical={false} />
          <XAxis
            {...theme.axisProps}
            dataKey="label"
            interval="preserveStartEnd"
            label={theme.axisLabel('Day', 'insideBottom')}
            minTickGap={16}
          />
          <YAxis {...theme.axisProps} label={theme.axisLabel('Units', 'insideLeft')} width={56} />
          <Tooltip {...theme.tooltipProps} formatter={(value) => amount(Number(value))} />
          <Legend {...theme.legendProps} verticalAlign="top" />
          <Bar
            dataKey="produced"
            fill={theme.colors.produced}
            name="Produced"
            radius={[2, 2, 0, 0]}
          />
          <Line
            dataKey="planned"
            dot={false}
            name="Planned"
            stroke={theme.colors.planned}
            strokeWidth={2}
            type="linear"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
