'use client'
import React from 'react'
import { Bar } from 'recharts'

import { amount, money, type ProductCost } from '../rules/chartSeries'
import { ChartFrame } from './ChartFrame'
import { HorizontalBars } from './HorizontalBars'
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
      <HorizontalBars
        category={{ label: 'Product', width: 184 }}
        formatter={(value) => (value === null ? 'none' : money(Number(value)))}
        legend
        rowHeight={44}
        rows={products}
        valueLabel="Cost per unit"
      >
        <Bar
          dataKey="standard"
          fill={theme.colors.standard}
          name="Standard"
          radius={[0, 2, 2, 0]}
        />
        <Bar dataKey="actual" fill={theme.colors.actual} name="Actual" radius={[0, 2, 2, 0]} />
      </HorizontalBars>
    </ChartFrame>
  )
}
