import type { DashboardViewServerProps } from '@payloadcms/next/views'

import { DefaultDashboard } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import React from 'react'

import { permissionsOf } from '../../../access/userPermissions'
import { DashboardCharts } from '../DashboardCharts'
import { loadDashboard } from '../../loadDashboard'
import { seesProduction } from '../../rules/dashboardScope'
import { daysAsked } from '../../rules/dashboardWindow'
import { FloorAndDays } from './FloorAndDays.client'
import { RunsSection, StoreQueueSection } from './QueueAndRuns'
import { ShortSection } from './ShortSection'
import { StatusSection } from './StatusSection'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The figures of the dashboard, for the floor and days the URL names. */
async function ProductionFigures(props: DashboardViewServerProps) {
  const { req } = props.initPageResult
  const floor = Number.parseInt(one(props.searchParams?.floor) ?? '', 10)
  const days = daysAsked(one(props.searchParams?.days))
  const data = await loadDashboard(req, { days, floor: Number.isInteger(floor) ? floor : null })
  const { floors, window } = data
  return (
    <div className="production-dashboard__figures">
      <h2 style={{ margin: 'calc(var(--base) * 0.5) 0' }}>Production</h2>
      <FloorAndDays
        chosen={floors.chosen}
        days={window.days.length}
        floorBound={floors.floorBound}
        floors={floors.choosable}
      />
      {floors.floorBound && floors.choosable.length === 0 && (
        <p data-dashboard-note="no-floor">
          No production is assigned to you yet, so no floor is yours to follow here.
        </p>
      )}
      <div
        style={{
          display: 'grid',
          gap: 'var(--base)',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))',
          marginBottom: 'var(--base)',
        }}
      >
        {data.executions && (
          <StatusSection
            days={window.days}
            figures={data.executions}
            name="executions"
            title="Executions"
            today={data.today}
          />
        )}
        {data.orders && (
          <StatusSection
            days={window.days}
            figures={data.orders}
            name="orders"
            title="Manufacturing orders"
            today={data.today}
          />
        )}
        {data.storeQueue && <StoreQueueSection queue={data.storeQueue} />}
        {data.short && <ShortSection short={data.short} />}
        {data.runs && <RunsSection runs={data.runs} />}
      </div>
      <DashboardCharts floors={floors} req={req} />
    </div>
  )
}

/**
 * The admin's home: the production dashboard for those who may see production, Payload's own
 * home for everyone else. The app's components before and after the dashboard stay.
 */
export async function ProductionHome(props: DashboardViewServerProps) {
  const { initPageResult, payload } = props
  if (!seesProduction(await permissionsOf(initPageResult.req)))
    return <DefaultDashboard {...props} />
  const { afterDashboard, beforeDashboard } = payload.config.admin.components
  const around = (Component: typeof beforeDashboard) =>
    Component &&
    RenderServerComponent({
      Component,
      importMap: payload.importMap,
      serverProps: {
        i18n: props.i18n,
        locale: props.locale,
        params: props.params,
        payload,
        permissions: props.permissions,
        searchParams: props.searchParams,
        user: props.user,
      },
    })
  return (
    <Gutter className="dashboard production-dashboard">
      {around(beforeDashboard)}
      <ProductionFigures {...props} />
      {around(afterDashboard)}
    </Gutter>
  )
}
