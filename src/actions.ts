import type { Action } from './platform/defineAction'

import { addToInventory } from './executions/actions/addToInventory'
import { addBomsToInventory } from './executions/actions/addBomsToInventory'
import { bomCost } from './recipes/actions/bomCost'
import { completeRun } from './processes/actions/completeRun'
import { changeExecutionsStatus } from './executions/actions/changeExecutionsStatus'
import { createExecutions } from './executions/actions/createExecutions'
import { createManufacturingOrdersFromBoms } from './manufacturingOrders/actions/createManufacturingOrdersFromBoms'
import { createManufacturingOrdersFromSalesOrder } from './manufacturingOrders/actions/createManufacturingOrdersFromSalesOrder'
import { createExecutionsFromBoms } from './executions/actions/createExecutionsFromBoms'
import { createExecutionsFromSalesOrder } from './executions/actions/createExecutionsFromSalesOrder'
import { createSubAssemblyOrders } from './shortages/actions/createSubAssemblyOrders'
import { deleteExecutions } from './executions/actions/deleteExecutions'
import { deleteProductionStatus } from './workflow/actions/deleteProductionStatus'
import { generateExecutions } from './planning/actions/generateExecutions'
import { importExecutionsCsv } from './executions/actions/importExecutionsCsv'
import { queueExecutionGeneration } from './planning/actions/queueExecutionGeneration'
import { moveExecutionsDate } from './executions/actions/moveExecutionsDate'
import { planCostVariance } from './planning/actions/planCostVariance'
import { postStockMovements } from './ledger'
import { previewExecutionsTransition } from './executions/actions/previewExecutionsTransition'
import { executionCostVariance } from './variance/actions/executionCostVariance'
import { orderCostVariance } from './variance/actions/orderCostVariance'
import { previewTransition } from './previews/actions/previewTransition'
import { processStageUsage } from './processes/actions/processStageUsage'
import { previewShortagePurchases } from './shortages/actions/previewShortagePurchases'
import { purchaseShortages } from './shortages/actions/purchaseShortages'
import { productionRunSummary } from './processes/actions/productionRunSummary'
import { receivePurchaseOrder } from './trade/actions/receivePurchaseOrder'
import { sendPurchaseOrder } from './documents/actions/sendPurchaseOrder'
import { recordInputs } from './processes/actions/recordInputs'
import { recordLosses } from './processes/actions/recordLosses'
import { recordOutputs } from './processes/actions/recordOutputs'
import { reverseInventoryAdjustment } from './inventory/actions/reverseInventoryAdjustment'
import { reverseEntry } from './processes/actions/reverseEntry'
import { reverseStockMovements } from './ledger'
import { pickIngredients } from './manufacturingOrders/actions/pickIngredients'
import { recordOrderOutput } from './manufacturingOrders/actions/recordOrderOutput'
import { reopenExecution } from './executions/actions/reopenExecution'
import { refreshOrderRecipe } from './manufacturingOrders/actions/refreshOrderRecipe'
import { previewOrderOutputReversal } from './manufacturingOrders/actions/previewOrderOutputReversal'
import { reverseOrderOutput } from './manufacturingOrders/actions/reverseOrderOutput'
import { updateExecutions } from './executions/actions/updateExecutions'
import { verifyLedger } from './ledger'
import { cancelRequisition } from './store/actions/cancelRequisition'
import { issueRequisition } from './store/actions/issueRequisition'
import { pickRequisition } from './store/actions/pickRequisition'
import { requestMaterials } from './store/actions/requestMaterials'
import { resolveScan } from './shopFloor/actions/resolveScan'
import { returnToStore } from './store/actions/returnToStore'
import { stageTrolley } from './store/actions/stageTrolley'
import { traceLot } from './traceability/actions/traceLot'

/** Every action the plugin exposes over REST and GraphQL. */
export const actions: Action<any, any>[] = [
  postStockMovements,
  reverseStockMovements,
  reverseInventoryAdjustment,
  sendPurchaseOrder,
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
  reopenExecution,
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
  createExecutionsFromBoms,
  createExecutionsFromSalesOrder,
  addToInventory,
  addBomsToInventory,
  previewShortagePurchases,
  purchaseShortages,
  createManufacturingOrdersFromBoms,
  createManufacturingOrdersFromSalesOrder,
  createSubAssemblyOrders,
  verifyLedger,
  bomCost,
  requestMaterials,
  pickRequisition,
  issueRequisition,
  stageTrolley,
  cancelRequisition,
  returnToStore,
  traceLot,
  resolveScan,
]
