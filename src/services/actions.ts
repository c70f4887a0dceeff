import type { Action } from './defineAction'

import { addToInventory } from './addToInventory'
import { bomCost } from './bomCost'
import { completeRun } from './completeRun'
import { changeExecutionsStatus } from './changeExecutionsStatus'
import { createExecutions } from './createExecutions'
import { createManufacturingOrdersFromBoms } from './createManufacturingOrdersFromBoms'
import { createManufacturingOrdersFromSalesOrder } from './createManufacturingOrdersFromSalesOrder'
import { createProductionFromBoms } from './createProductionFromBoms'
import { createProductionFromSalesOrder } from './createProductionFromSalesOrder'
import { createSubAssemblyOrders } from './createSubAssemblyOrders'
import { deleteExecutions } from './deleteExecutions'
import { deleteProductionStatus } from './deleteProductionStatus'
import { generateExecutions } from './generateExecutions'
import { importExecutionsCsv } from './importExecutionsCsv'
import { queueExecutionGeneration } from './queueExecutionGeneration'
import { moveExecutionsDate } from './moveExecutionsDate'
import { planCostVariance } from './planCostVariance'
import { postStockMovements } from './postStockMovements'
import { previewExecutionsTransition } from './previewExecutionsTransition'
import { executionCostVariance, orderCostVariance } from './costVariance'
import { previewTransition } from './previewTransition'
import { processStageUsage } from './processStageUsage'
import { purchaseShortages } from './purchaseShortages'
import { productionRunSummary } from './productionRunSummary'
import { receivePurchaseOrder } from './receivePurchaseOrder'
import { recordInputs } from './recordInputs'
import { recordLosses } from './recordLosses'
import { recordOutputs } from './recordOutputs'
import { reverseInventoryAdjustment } from './reverseInventoryAdjustment'
import { reverseEntry } from './reverseEntry'
import { reverseStockMovements } from './reverseStockMovements'
import { pickIngredients } from './manufacturingOrders/pickIngredients'
import { recordOrderOutput } from './manufacturingOrders/recordOrderOutput'
import { refreshOrderRecipe } from './manufacturingOrders/refreshOrderRecipe'
import { previewOrderOutputReversal } from './manufacturingOrders/previewOrderOutputReversal'
import { reverseOrderOutput } from './manufacturingOrders/reverseOrderOutput'
import { updateExecutions } from './updateExecutions'
import { verifyLedger } from './verifyLedger'

/** Every action the plugin exposes over REST and GraphQL. */
export const actions: Action<any, any>[] = [
  postStockMovements,
  reverseStockMovements,
  reverseInventoryAdjustment,
  receivePurchaseOrder,
  previewOrderOutputReversal,
  previewTransition,
  orderCostVariance,
  executionCostVariance,
  planCostVariance,
  deleteProductionStatus,
  generateExecutions,
  queueExecutionGeneration,
  createExecutions,
  importExecutionsCsv,
  updateExecutions,
  deleteExecutions,
  moveExecutionsDate,
  previewExecutionsTransition,
  changeExecutionsStatus,
  recordInputs,
  recordOutputs,
  recordLosses,
  reverseEntry,
  completeRun,
  productionRunSummary,
  processStageUsage,
  pickIngredients,
  recordOrderOutput,
  refreshOrderRecipe,
  reverseOrderOutput,
  createProductionFromBoms,
  createProductionFromSalesOrder,
  addToInventory,
  purchaseShortages,
  createManufacturingOrdersFromBoms,
  createManufacturingOrdersFromSalesOrder,
  createSubAssemblyOrders,
  verifyLedger,
  bomCost,
]
