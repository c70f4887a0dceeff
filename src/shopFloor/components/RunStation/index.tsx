import type { PayloadRequest } from 'payload'

import React from 'react'

import { shopFloorHref } from '../../rules/shopFloorRoute'
import { StationMissing } from '../stationParts/StationMissing'
import { ScreenHeader } from '../touch/ScreenHeader'
import { loadRunStation } from './loadRunStation'
import { RunStationClient } from './RunStationClient'

/**
 * A production run's station: the stage at work, what it recorded so far, and large controls to
 * record its inputs, outputs and losses, move to the next stage and complete the run, as far as
 * the user's permissions go.
 */
export async function RunStation({ id, req }: { id: string; req: PayloadRequest }) {
  const back = { href: shopFloorHref(req.payload.config.routes.admin), label: 'Shop floor' }
  const data = /^\d+$/.test(id) ? await loadRunStation(req, Number(id)) : null
  if (!data) return <StationMissing back={back} id={id} what="production run" />
  const { run } = data
  return (
    <>
      <ScreenHeader back={back} title={`${run.code} · ${run.process}`} />
      {run.title && <p style={{ fontSize: 20, margin: '8px 0' }}>{run.title}</p>}
      <RunStationClient data={data} />
    </>
  )
}
