'use client'
import React from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import { amount, money, type ProductCost } from '../rules/chartSeries'
import { ChartFrame } from './ChartFrame'
import * as theme from './chartTheme'

const orNone = (value: null | number) => (value === null ? 'none' : money(value))

const columns = [
  { header: 'Product', value: (row: ProductCost) => row.label },
  {
    align: 'right',
    header: 'Made',
    value: (row: ProductCost) => `${amount(row.quantity)} ${row.unit}`,
  },
  {
    align: 'right',
    header: 'Standard per unit',
    value: (row: ProductCost) => orNone(row.standard),
  },
  { align: 'right', header: 'Actual per unit', value: (row: ProductCost) => money(row.actual) },
] as const

/** Per product made in the window: its standard cost per unit beside what a unit actually cost. */
export function ProductCostChart({ days, products }: { days: number; products: ProductCost[] }) {
  const over = products.filter((p) => p.standard !== null && p.actual > p.standard).length
  return (
    <ChartFrame
      caption={`The products that cost the most to make in the last ${days} days, per unit: ${over} of ${products.length} cost more than standard.`}
      columns={columns}
      empty={`Nothing was produced in the last ${days} days.`}
      rows={products}
      testId="chart-product-costs"
      title="Standard against actual cost"
    >
      <ResponsiveContainer height={theme.barsHeight(products.length, 44)} width="100%">
        <BarChart
          data={products}
          layout="vertical"
          margin={{ bottom: 16, left: 8, right: 16, top: 8 }}
        >
          <CartesianGrid {...theme.gridProps} horizontal={false} />
          <XAxis
            {...theme.axisProps}
            label={theme.axisLabel('Cost per unit', 'insideBottom')}
            type="number"
          />
          <YAxis {...theme.sideAxisProps('Product', 184)} />
          <Tooltip
            {...theme.tooltipProps}
            formatter={(value) => (value === null ? 'none' : money(Number(value)))}
          />
          <Legend {...theme.legendProps} verticalAlign="top" />
          <Bar
            dataKey="standard"
            fill={theme.colors.standard}
            name="Standard"
            radius={[0, 2, 2, 0]}
          />
          <Bar dataKey="actual" fill={theme.colors.actual} name="Actual" radius={[0, 2, 2, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
