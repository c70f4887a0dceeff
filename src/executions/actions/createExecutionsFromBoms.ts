import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { createLineExecution, executionLineInput, startsDone } from '../executionLineInput'
import { producedAtStart } from '../rules/producedAtStart'
import { productionFloorFor } from '../../workflow/productionFloorFor'
import { documentId, lineList, positiveQuantity } from '../../platform/parseInput'
import { loadWorkflow } from '../../workflow/workflow'
import { refuseLoopingRecipes } from '../../recipes/recipeGraph'

type Args = {
  /**
   * Each: a BOM, how much to make, and optionally the day (default today), the floor (default
   * the first production floor) and how much was produced (when new production starts in the
   * last status, the quantity unless given).
   */
  lines: {
    bom: number
    producedQuantity?: number | string
    productionDate?: string
    productionFloor?: number
    quantity: number | string
  }[]
}

type CreatedExecution = {
  bom: number
  code: string
  id: number
  product: number
  quantity: string
}

/**
 * "Create executions" from one or several BOMs: an execution per line, through the Local API,
 * so the collection's hooks fill its requirements from that BOM scaled to the quantity, give it
 * its code and post whatever its status already makes due. Every line is checked before the
 * first is created; any refusal creates none.
 */
export const createExecutionsFromBoms = defineAction<Args, { created: CreatedExecution[] }>({
  args: { lines: 'JSON!' },
  costs: {},
  description: 'create executions',
  name: 'createExecutionsFromBoms',
  permission: 'executions.create',
  perform: async (req, args) => {
    const lines = lineList(args.lines).map((line, index) => {
      const at = (field: string) => `lines[${index}].${field}`
      return {
        at,
        bom: documentId(line.bom, at('bom'), 'a bill of materials'),
        quantity: positiveQuantity(line.quantity, at('quantity')),
        ...executionLineInput(line, at),
      }
    })
    const { docs: boms } = await req.payload.find({
      collection: 'boms',
      depth: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select: { product: true },
      user: req.user,
      where: { id: { in: [...new Set(lines.map((line) => line.bom))] } },
    })
    const productOf = new Map(boms.map((bom) => [bom.id, idOf(bom.product)]))
    const floors: number[] = []
    for (const [index, line] of lines.entries()) {
      if (!productOf.has(line.bom))
        throw invalid(`lines[${index}].bom`, `no bill of materials with id ${line.bom}`)
      floors.push(await productionFloorFor(req, line.floor, `lines[${index}].productionFloor`))
    }
    await refuseLoopingRecipes(
      req,
      lines.map((line) => ({ path: line.at('bom'), product: productOf.get(line.bom)! })),
    )

    const workflow = await loadWorkflow(req)
    const done = startsDone(workflow)
    const created: CreatedExecution[] = []
    for (const [index, line] of lines.entries()) {
      const product = productOf.get(line.bom)!
      const doc = await createLineExecution(req, {
        ...line,
        at: (field) => line.at(field).replace(/\.$/, ''),
        floor: floors[index]!,
        produced: producedAtStart(done, line.quantity, line.produced) ?? null,
        product,
        status: workflow.defaultStatus,
      })
      created.push({
        bom: line.bom,
        code: doc.code ?? '',
        id: doc.id,
        product,
        quantity: line.quantity.toFixed(),
      })
    }
    return { created }
  },
})
