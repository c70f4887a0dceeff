'use client'
import React from 'react'
import { Bar } from 'recharts'

import { amount, type StageLosses } from '../rules/chartSeries'
import { ChartFrame } from './ChartFrame'
import { HorizontalBars } from './HorizontalBars'
import * as theme from './chartTheme'

const columns = [
  { header: 'Stage', value: (row: StageLosses) => row.label },
  { header: 'Unit', value: (row: StageLosses) => row.unit },
  { align: 'right', header: 'Waste', value: (row: StageLosses) => amount(row.waste) },
  { align: 'right', header: 'Rejection', value: (row: StageLosses) => amount(row.rejection) },
  { align: 'right', header: 'Scrap', value: (row: StageLosses) => amount(row.scrap) },
] as const

/** Production runs' losses by type, stacked per stage: where material is lost, and how. */
export function StageLossesChart({ days, stages }: { days: number; stages: StageLosses[] }) {
  const worst = [...stages].sort(
    (a, b) => b.waste + b.rejection + b.scrap - (a.waste + a.rejection + a.scrap),
  )[0]
  const total = worst ? worst.waste + worst.rejection + worst.scrap : 0
  return (
    <ChartFrame
      caption={
        worst
          ? `Last ${days} days, production runs: most lost at ${worst.label}, ${amount(total)} ${worst.unit}.`
          : `Waste, rejection and scrap recorded on production runs in the last ${days} days.`
      }
      columns={columns}
      empty={`No production run recorded a loss in the last ${days} days.`}
      rows={stages}
      testId="chart-stage-losses"
      title="Losses by stage"
    >
      <HorizontalBars
        category={{ label: 'Stage', width: 240 }}
        formatter={(value, _name, item) =>
          `${amount(Number(value))} ${(item.payload as StageLosses).unit}`
        }
        legend
        rowHeight={36}
        rows={stages}
        valueLabel="Quantity lost"
      >
        <Bar dataKey="waste" fill={theme.colors.waste} name="Waste" stackId="loss" />
        <Bar dataKey="rejection" fill={theme.colors.rejection} name="Rejection" stackId="loss" />
        <Bar dataKey="scrap" fill={theme.colors.scrap} name="Scrap" stackId="loss" />
      </HorizontalBars>
    </ChartFrame>
  )
}
