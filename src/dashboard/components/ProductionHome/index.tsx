import type { DashboardViewServerProps } from '@payloadcms/next/views'

import { DefaultDashboard } from '@payloadcms/next/views'
import { Gutter } from '@payloadcms/ui'
import { RenderServerComponent } from '@payloadcms/ui/elements/RenderServerComponent'
import React from 'react'

import { permissionsOf } from '../../../access/userPermissions'
import { DashboardCharts } from '../DashboardCharts'

/** The permissions that make the production dashboard a user's home. */
const productionKeys = ['executions.view', 'manufacturingOrders.view', 'productionRuns.view']

/**
 * The admin's home: the production dashboard for those who may see production, Payload's own
 * home for everyone else. The app's components before and after the dashboard stay.
 */
export async function ProductionHome(props: DashboardViewServerProps) {
  const { initPageResult, payload } = props
  const { req } = initPageResult
  const held = await permissionsOf(req)
  if (!productionKeys.some((key) => held.has(key))) return <DefaultDashboard {...props} />
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
      <DashboardCharts req={req} />
      {around(afterDashboard)}
    </Gutter>
  )
}
