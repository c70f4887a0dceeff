/**
 * The demo's recall case, on a floor of its own so that no other work takes its lots: a flour lot
 * and a tomato lot received on the ready-meals floor; the tomatoes make one batch of sauce, and
 * the sauce and the flour go into pizzas made for a trattoria's sales order, a lasagna and a
 * pasta. Tracing FLOUR-RECALL forward reaches the pizzas and the trattoria; tracing TOMATO-RECALL
 * forward reaches the sauce and, through it, the pizza, the lasagna and the pasta.
 */

export const recallFloor = { code: 'FL-D', kind: 'production_floor', name: 'Floor D (ready meals)' }

export const recallCustomer = {
  code: 'MARCO',
  email: 'orders@trattoria-marco.example',
  name: 'Trattoria da Marco',
}

/** The lots a recall starts from, and what else the floor had (days counted from the seed). */
export const recallLots: {
  code?: string
  daysAgo: number
  quantity: string
  sku: string
  unitCost: string
}[] = [
  { code: 'FLOUR-RECALL', daysAgo: 12, quantity: '30', sku: 'FLOUR', unitCost: '0.64' },
  { code: 'TOMATO-RECALL', daysAgo: 12, quantity: '30', sku: 'TOMATO', unitCost: '2.05' },
  { daysAgo: 12, quantity: '10', sku: 'MOZZ', unitCost: '7.3' },
  { daysAgo: 12, quantity: '40', sku: 'LABOUR-H', unitCost: '28' },
]

export const recallSalesOrder = {
  notes: 'Demo: pizzas for the trattoria, made from the lots of the recall case.',
  quantity: 40,
  sku: 'PIZZA',
}

/**
 * Completed in this order, days counted back from the seed: the sauce first, then what uses it.
 * `forOrder` marks the execution made for the trattoria's order line.
 */
export const recallExecutions: {
  daysAgo: number
  forOrder?: boolean
  lotLabel: string
  plannedQuantity: number
  producedQuantity: number
  product: string
}[] = [
  {
    daysAgo: 11,
    lotLabel: 'L-SAUCE-RECALL',
    plannedQuantity: 20,
    producedQuantity: 20,
    product: 'SAUCE',
  },
  {
    daysAgo: 10,
    forOrder: true,
    lotLabel: 'L-PIZZA-RECALL',
    plannedQuantity: 40,
    producedQuantity: 40,
    product: 'PIZZA',
  },
  {
    daysAgo: 10,
    lotLabel: 'L-LASAGNA-RECALL',
    plannedQuantity: 20,
    producedQuantity: 19,
    product: 'LASAGNA',
  },
  {
    daysAgo: 9,
    lotLabel: 'L-PASTA-RECALL',
    plannedQuantity: 30,
    producedQuantity: 30,
    product: 'PASTA',
  },
]
