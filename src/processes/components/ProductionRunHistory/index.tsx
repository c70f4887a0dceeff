import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { ProductionRunHistoryClient } from './index.client'

/** The run's stages with their entries; the record and reverse controls only for who may use them. */
export async function ProductionRunHistory({ id, payload, user }: UIFieldServerProps) {
  if (!id)
    return (
      <p className="field-type">
        Save the run, then record at each stage what goes in, what comes out and what is lost.
      </p>
    )
  return (
    <ProductionRunHistoryClient
      canCreateItems={await userHolds(payload, user, 'items.create')}
      canRecord={await userHolds(payload, user, 'productionRuns.record')}
    />
  )
}
