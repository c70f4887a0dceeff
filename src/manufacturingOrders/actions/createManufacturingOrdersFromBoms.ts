import type { Decimal } from '../../platform/rules/decimal'
import type { OrderPlan } from '../../recipes/rules/orderPlan'
import { orderSizeFor } from '../rules/orderSize'
import { invalid } from '../../platform/errors'
import { refuseLoopingRecipes } from '../../recipes/recipeGraph'
import { defineAction } from '../../platform/defineAction'
import { errorOfLine } from '../../platform/errorOfLine'
import { type CreatedOrder, createOrder } from '../createOrder'
import { loadRecipeSizing } from '../recipeSizing'
import { dateOnDay } from '../../platform/rules/calendarDay'
import { parseDay } from '../../workflow/productionDay'
import { productionFloorFor } from '../../workflow/productionFloorFor'
import { documentId, lineList, optionalId, positiveQuantity } from '../../platform/parseInput'

type Args = {
  /**
   * Each: an active BOM and how much (a quantity, or a number of batches), optionally where
   * (default the first production floor) and by when.
   */
  lines: {
    batches?: number
    bom: number
    deadline?: string
    location?: number
    quantity?: number | string
  }[]
}

const given = (value: unknown) => value !== undefined && value !== null && value !== ''

/** How much a line asks for: a number of batches, or a quantity still to size by the product. */
function amountOf(
  line: Record<string, unknown>,
  at: (field: string) => string,
): { batches: number; mode: 'batch' } | { quantity: Decimal } {
  if (given(line.batches) && given(line.quantity))
    throw invalid(at('quantity'), 'give a quantity or a number of batches, not both')
  if (given(line.batches)) {
    const batches = line.batches
    if (typeof batches !== 'number' || !Number.isSafeInteger(batches) || batches < 1)
      throw invalid(at('batches'), 'must be a whole number of batches, at least 1')
    return { batches, mode: 'batch' as const }
  }
  if (!given(line.quantity)) throw invalid(at('quantity'), 'give a quantity or a number of batches')
  return { quantity: positiveQuantity(line.quantity, at('quantity')) }
}

/**
 * "Create manufacturing order" from one or several BOMs: an order per line for the BOM's product,
 * from that (active) recipe. Batches make a batch order; a quantity makes an order in the
 * product's mode, in the whole batches that cover it when the product is made in batches. Every
 * line is checked before the first is created; any refusal creates none.
 */
export const createManufacturingOrdersFromBoms = defineAction<Args, { created: CreatedOrder[] }>({
  args: { lines: 'JSON!' },
  costs: {},
  description: 'create manufacturing orders',
  name: 'createManufacturingOrdersFromBoms',
  permission: 'manufacturingOrders.create',
  perform: async (req, args) => {
    const lines = lineList(args.lines).map((line, index) => {
      const at = (field: string) => `lines[${index}].${field}`
      return {
        amount: amountOf(line, at),
        bom: documentId(line.bom, at('bom'), 'a bill of materials'),
        deadline: given(line.deadline) ? dateOnDay(parseDay(line.deadline, at('deadline'))) : null,
        location: optionalId(line.location, at('location'), 'a production floor'),
      }
    })
    const recipes = await loadRecipeSizing(
      req,
      lines.map((line) => line.bom),
      true,
    )
    const planned: { location?: number; product: number; size: OrderPlan }[] = []
    for (const [index, line] of lines.entries()) {
      const recipe = recipes.get(line.bom)
      if (!recipe) throw invalid(`lines[${index}].bom`, `no bill of materials with id ${line.bom}`)
      if (!recipe.active)
        throw invalid(
          `lines[${index}].bom`,
          `bill of materials ${line.bom} is not its product's active recipe`,
        )
      planned.push({
        // Not named: where the product is made (see fillOrderLocation).
        location:
          line.location === undefined
            ? undefined
            : await productionFloorFor(req, line.location, `lines[${index}].location`),
        product: recipe.product,
        size:
          'batches' in line.amount
            ? line.amount
            : orderSizeFor(line.amount.quantity, recipe.mode, recipe.batchOutput),
      })
    }
    await refuseLoopingRecipes(
      req,
      planned.map((order, index) => ({ path: `lines[${index}].bom`, product: order.product })),
    )

    const created: CreatedOrder[] = []
    for (const [index, order] of planned.entries()) {
      try {
        created.push(await createOrder(req, { ...order, deadline: lines[index]!.deadline }))
      } catch (error) {
        throw errorOfLine(error, (field) => `lines[${index}]${field ? `.${field}` : ''}`)
      }
    }
    return { created }
  },
})
