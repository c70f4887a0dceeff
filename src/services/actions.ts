import type { Action } from './defineAction'

import { deleteProductionStatus } from './deleteProductionStatus'
import { generateExecutions } from './generateExecutions'
import { queueExecutionGeneration } from './queueExecutionGeneration'
import { postStockMovements } from './postStockMovements'
import { previewTransition } from './previewTransition'
import { receivePurchaseOrder } from './receivePurchaseOrder'
import { reverseInventoryAdjustment } from './reverseInventoryAdjustment'
import { reverseStockMovements } from './reverseStockMovements'

/** Every action the plugin exposes over REST and GraphQL. */
export const actions: Action<any, any>[] = [
  postStockMovements,
  reverseStockMovements,
  reverseInventoryAdjustment,
  receivePurchaseOrder,
  previewTransition,
  deleteProductionStatus,
  generateExecutions,
  queueExecutionGeneration,
]
