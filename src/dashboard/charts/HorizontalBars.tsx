'use client'
import type { ComponentProps, ReactNode } from 'react'

import React from 'react'
import {
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'

import * as theme from './chartTheme'

/**
 * One horizontal bar (or stack of bars) per row, its category named on the left: the frame the
 * losses, cost and value charts share. The bars themselves are the children.
 */
export function HorizontalBars<Row extends object>(props: {
  category: { label: string; width: number }
  children: ReactNode
  formatter?: ComponentProps<typeof Tooltip>['formatter']
  legend?: boolean
  rowHeight: number
  rows: Row[]
  tickFormatter?: ComponentProps<typeof XAxis>['tickFormatter']
  valueLabel: string
}) {
  return (
    <ResponsiveContainer height={theme.barsHeight(props.rows.length, props.rowHeight)} width="100%">
      <BarChart
        data={props.rows}
        layout="vertical"
        margin={{ bottom: 16, left: 8, right: 16, top: 8 }}
      >
        <CartesianGrid {...theme.gridProps} horizontal={false} />
        <XAxis
          {...theme.axisProps}
          label={theme.axisLabel(props.valueLabel, 'insideBottom')}
          tickFormatter={props.tickFormatter}
          type="number"
        />
        <YAxis {...theme.sideAxisProps(props.category.label, props.category.width)} />
        <Tooltip {...theme.tooltipProps} formatter={props.formatter} />
        {props.legend ? <Legend {...theme.legendProps} verticalAlign="top" /> : null}
        {props.children}
      </BarChart>
    </ResponsiveContainer>
  )
}
