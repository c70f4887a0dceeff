import type { CollectionAfterChangeHook } from 'payload'

import { query, sql, transactionDb } from '../src/ledger/transactionDb'
import { idOf } from '../src/services/idOf'
import { executionDocument } from '../src/services/productionLines'
import { applyStatusInventory } from '../src/services/statusInventory'
import { loadWorkflow } from '../src/services/workflow'

/**
 * Posts and reverses stock so the execution's inventory matches its status (every save, so a line
 * added at a status where it is due is posted too), and records what it consumed as its costs.
 */
export const postDueInventory: CollectionAfterChangeHook = async ({ doc, req }) => {
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
    ...doc,
    costs: {
      materialCost: Number(materialCost.toFixed()),
      unitCost: unitCost ? Number(unitCost.toFixed()) : null,
    },
  }
}
