import type { Action } from './defineAction'

import { postStockMovements } from './postStockMovements'
import { receivePurchaseOrder } from './receivePurchaseOrder'
import { reverseInventoryAdjustment } from './reverseInventoryAdjustment'
import { reverseStockMovements } from './reverseStockMovements'

/** Every action the plugin exposes over REST and GraphQL. */
export const actions: Action<any, any>[] = [
  postStockMovements,
  reverseStockMovements,
  reverseInventoryAdjustment,
  receivePurchaseOrder,
]
