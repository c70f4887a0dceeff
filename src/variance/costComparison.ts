import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { type CostFigures, costVariance, perUnit, plannedCost } from './rules/costVariance'
import { readableId } from '../platform/findByIds'
import type { Execution, ManufacturingOrder } from '../payload-types'
import { currentCosts } from '../recipes/currentCosts'
import { idOf } from '../platform/idOf'
import { decimalOf } from '../platform/rules/decimal'

const figuresView = (figures: CostFigures) => ({
  materialCost: figures.materialCost.toFixed(),
  operationCost: figures.operationCost.toFixed(),
  totalCost: figures.totalCost.toFixed(),
  unitCost: figures.unitCost?.toFixed() ?? null,
})

export type CostVarianceView = {
  actual: ReturnType<typeof figuresView>
  /** Each planned line at its item's current cost, and where that cost came from. */
  lines: {
    cost: string
    item: number
    quantity: string
    source: string
    unitCost: null | string
  }[]
  planned: ReturnType<typeof figuresView>
  /** Actual less planned: positive costs more than planned. */
  variance: ReturnType<typeof figuresView>
}

/** The document, once the user is known to be able to read it; 404 naming `field` if not. */
export async function readable<Slug extends 'executions' | 'manufacturing-orders'>(
  req: PayloadRequest,
  collection: Slug,
  field: string,
  id: unknown,
): Promise<Slug extends 'executions' ? Execution : ManufacturingOrder> {
  const noun = collection === 'executions' ? 'execution' : 'manufacturing order'
  await readableId(req, collection, id, field, `a ${noun}`)
  // Whole, costs included, for the arithmetic: the answer's cost fields are filtered by performAction.
  return (await req.payload.findByID({
    collection: collection as Slug,
    depth: 0,
    id: id as number,
    overrideAccess: true,
    req,
  })) as unknown as Slug extends 'executions' ? Execution : ManufacturingOrder
}

type Comparison = {
  actual: CostFigures
  lines: CostVarianceView['lines']
  planned: CostFigures
}

/** The planned figures of `args` at today's current costs, beside `actual`. */
async function compareFigures(
  req: PayloadRequest,
  args: Omit<Parameters<typeof plannedCost>[0], 'itemCosts'>,
  actual: CostFigures,
): Promise<Comparison> {
  const itemCosts = await currentCosts(req, [...new Set(args.lines.map((line) => line.item))])
  const planned = plannedCost({ ...args, itemCosts })
  return {
    actual,
    lines: planned.lines.map((line) => ({
      cost: line.cost.toFixed(),
      item: line.item,
      quantity: line.quantity.toFixed(),
      source: line.source,
      unitCost: line.unitCost?.toFixed() ?? null,
    })),
    planned: planned.figures,
  }
}

/** A comparison as answered: figures as decimal strings, and the variance. */
export const viewOf = ({ actual, lines, planned }: Comparison): CostVarianceView => ({
  actual: figuresView(actual),
  lines,
  planned: figuresView(planned),
  variance: figuresView(costVariance(planned, actual)),
})

export const compare = async (...args: Parameters<typeof compareFigures>) =>
  viewOf(await compareFigures(...args))

export const costRules = (key: 'executions.viewCosts' | 'manufacturingOrders.viewCosts') => ({
  cost: key,
  materialCost: key,
  operationCost: key,
  totalCost: key,
  unitCost: key,
})

/** An execution the user may read, whole (see readable); 404 naming `field` if not. */
export const readableExecution = (
  req: PayloadRequest,
  field: string,
  id: unknown,
): Promise<Execution> => readable(req, 'executions', field, id)

/** An execution's planned material cost beside what its rules consumed (see executionCostVariance). */
export function executionComparison(
  req: PayloadRequest,
  execution: Execution,
): Promise<Comparison> {
  const materialCost = decimalOf(execution.costs?.materialCost)
  return compareFigures(
    req,
    {
      lines: (execution.requirements ?? []).map((row) => ({
        item: idOf(row.item),
        quantity: decimalOf(row.requiredQuantity),
      })),
      operations: [],
      output: decimalOf(execution.plannedQuantity),
      product: idOf(execution.product),
    },
    {
      materialCost,
      operationCost: new Big(0),
      totalCost: materialCost,
      unitCost: perUnit(materialCost, decimalOf(execution.producedQuantity)),
    },
  )
}
