import type { PayloadRequest } from 'payload'

import { query, sql, transactionDb } from '../platform/transactionDb'
import { idOf } from '../platform/idOf'
import { executionDocument } from './executionDocument'
import { applyStatusInventory } from '../workflow/statusInventory'
import { loadWorkflow } from '../workflow/workflow'

type SavedExecution = Parameters<typeof executionDocument>[1] & { status: unknown }

/**
 * Posts and reverses stock so an execution's inventory matches its status, and records what it
 * consumed as its costs. The caller holds the execution's row (it is being saved).
 */
export async function bringStockToStatus(
  req: PayloadRequest,
  doc: SavedExecution,
): Promise<{ materialCost: number; unitCost: null | number }> {
  const workflow = await loadWorkflow(req)
  const production = await executionDocument(req, doc)
  const { materialCost } = await applyStatusInventory(req, production, idOf(doc.status), workflow)
  const unitCost = production.output.gt(0) ? materialCost.div(production.output).round(6) : null
  await query(
    await transactionDb(req),
    sql`update executions set costs_material_cost = ${materialCost.toFixed()},
          costs_unit_cost = ${unitCost?.toFixed() ?? null} where id = ${doc.id}`,
  )
  return {
    materialCost: Number(materialCost.toFixed()),
    unitCost: unitCost ? Number(unitCost.toFixed()) : null,
  }
}
