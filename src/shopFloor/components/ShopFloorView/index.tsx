import type { AdminViewServerProps } from 'payload'

import { redirect } from 'next/navigation'
import React from 'react'

import { shopFloorHref, shopFloorScreen } from '../../rules/shopFloorRoute'
import { ExecutionStation } from '../ExecutionStation'
import { FloorScreen } from '../FloorScreen'
import { OrderStation } from '../OrderStation'
import { RunStation } from '../RunStation'
import { ScanBar } from '../ScanBar/index.client'
import { ScreenHeader } from '../touch/ScreenHeader'

/** The path's segments under the admin route, `shop-floor` first. */
const segmentsOf = (props: AdminViewServerProps): string[] => {
  const segments = props.params?.segments
  return Array.isArray(segments) ? segments : segments ? [segments] : []
}

/** The screen the path names, or a way back to the list. */
function Screen({ props, home }: { home: string; props: AdminViewServerProps }) {
  const { req } = props.initPageResult
  const route = shopFloorScreen(segmentsOf(props))
  switch (route.screen) {
    case 'list':
      return <FloorScreen change={props.searchParams?.floor === 'change'} req={req} />
    case 'execution':
      return <ExecutionStation id={route.id} req={req} />
    case 'order':
      return <OrderStation id={route.id} req={req} />
    case 'run':
      return <RunStation id={route.id} req={req} />
    default:
      return (
        <ScreenHeader back={{ href: home, label: 'Shop floor' }} title="Nothing here">
          {null}
        </ScreenHeader>
      )
  }
}

/**
 * The shop floor: the admin's view for operators at a station, on a tablet or a phone. Big
 * controls, large type, one step at a time; the scan bar above every screen.
 */
export async function ShopFloorView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const adminRoute = req.payload.config.routes.admin
  const home = shopFloorHref(adminRoute)
  if (!req.user) {
    const here = [home, ...segmentsOf(props).slice(1)].join('/')
    redirect(`${adminRoute === '/' ? '' : adminRoute}/login?redirect=${encodeURIComponent(here)}`)
  }
  return (
    <div
      className="shop-floor"
      style={{
        background: 'var(--theme-bg)',
        boxSizing: 'border-box',
        color: 'var(--theme-text)',
        fontSize: 18,
        margin: '0 auto',
        maxWidth: 1024,
        minHeight: '100vh',
        padding: '8px 16px 32px',
      }}
    >
      <ScanBar />
      <Screen home={home} props={props} />
    </div>
  )
}
