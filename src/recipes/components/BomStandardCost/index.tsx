import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { userHolds } from '../../../access/components/userHolds'
import { BomStandardCostPanel } from './index.client'

/** The BOM's standard cost, only for users who may see its costs (boms.viewCosts). */
export async function BomStandardCost({ id, payload, user }: UIFieldServerProps) {
  if (!id || !(await userHolds(payload, user, 'boms.viewCosts'))) return null
  return <BomStandardCostPanel />
}
