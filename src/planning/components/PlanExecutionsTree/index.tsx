import type { UIFieldServerProps } from 'payload'

import { FieldLabel } from '@payloadcms/ui'
import React from 'react'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { figureCell, lineCell } from '../../../platform/components/figureCells'
import { loadPlanTree } from '../../loadPlanTree'
import { TreeRow } from './TreeRow'

/**
 * On a saved plan: the executions its generation made, as a tree (each sub-recipe's execution
 * under those that consume it, a shared one in full once), with their statuses, quantities and
 * links; read with the user's access.
 */
export async function PlanExecutionsTree({ id, payload, user }: UIFieldServerProps) {
  if (!id) return null
  const tree = await loadPlanTree(payload, user, Number(id))
  if (!tree) return null
  const admin = payload.config.routes.admin
  return (
    <div className="field-type" id="plan-executions-tree" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label="Generated executions" />
      {tree.rows.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-500)', margin: 0 }}>
          None yet: Generate executions makes one for each line and each sub-recipe.
        </p>
      ) : (
        <LinesTable
          columns={[
            'Execution',
            'Status',
            { label: 'Planned', style: figureCell },
            { label: 'Produced', style: figureCell },
            { label: 'Needed above', style: figureCell },
          ]}
          headStyle={lineCell}
        >
          {tree.rows.map((row, index) => (
            <TreeRow admin={admin} key={index} row={row} statuses={tree.statuses} />
          ))}
        </LinesTable>
      )}
    </div>
  )
}
