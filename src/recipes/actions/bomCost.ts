import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { describePath } from '../rules/bomGraph'
import { costBom } from '../rules/bomCost'
import { loadActiveRecipes, costRecipeOf } from '../activeRecipes'
import { type BomCostView, itemFacts, view } from '../bomCostView'
import { currentCosts } from '../currentCosts'
import { parseDecimal, problemText } from '../../platform/rules/decimal'
import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'

type Args = { id: number; quantity?: number | string | null }

/**
 * The standard cost of a bill of materials, before anything is made: what `quantity` (the BOM's
 * output when not given) costs at today's component costs, sub-recipes rolled up through their
 * active BOMs, operations at their rates. Every money figure is governed by `boms.viewCosts`, so
 * a user without it sees the recipe's quantities and sources but no figure.
 */
export const bomCost = defineAction({
  args: { id: 'Int!', quantity: 'JSON' },
  costs: {
    cost: 'boms.viewCosts',
    materialCost: 'boms.viewCosts',
    operationCost: 'boms.viewCosts',
    ratePerHour: 'boms.viewCosts',
    totalCost: 'boms.viewCosts',
    unitCost: 'boms.viewCosts',
  },
  description: 'view bills of materials',
  kind: 'query',
  name: 'bomCost',
  permission: 'boms.view',
  perform: async (req, args: Args): Promise<BomCostView> => {
    if (!Number.isSafeInteger(args.id) || args.id <= 0)
      throw invalid('id', 'must be the id of a bill of materials')
    const [doc] = await findAllByIds(req, 'boms', [args.id])
    if (!doc) throw invalid('id', `no bill of materials with id ${args.id}`)
    let quantity: Big | undefined
    if (args.quantity !== undefined && args.quantity !== null) {
      const parsed = parseDecimal(args.quantity, 'positive')
      if (!parsed.ok) throw invalid('quantity', problemText[parsed.problem])
      quantity = parsed.value
    }

    const product = idOf(doc.product)
    const recipes = await loadActiveRecipes(req, product, doc)
    const made = new Set([product, ...recipes.keys()])
    const components = [doc, ...recipes.values()].flatMap((bom) =>
      (bom.components ?? []).map((component) => idOf(component.item)),
    )
    const bought = [...new Set(components)].filter((item) => !made.has(item))
    const result = costBom({
      itemCosts: await currentCosts(req, bought),
      product,
      quantity,
      recipe: costRecipeOf(doc),
      recipes: new Map([...recipes].map(([item, bom]) => [item, costRecipeOf(bom)])),
    })
    const items = await itemFacts(req, [
      ...made,
      ...components,
      ...[doc, ...recipes.values()].flatMap((bom) =>
        (bom.operations ?? []).map((operation) => idOf(operation.resource)),
      ),
    ])
    const nameOf = (id: number) => items.get(id)?.name ?? `#${id}`
    if (!result.ok)
      throw invalid(
        'id',
        `the recipes form a cycle: ${describePath(result.path, nameOf)}; it has no standard cost`,
        { code: 'cycle' },
      )
    return { ...view(result.cost, items), name: doc.name ?? null }
  },
})
