import type { PayloadRequest } from 'payload'

import { invalid } from '../platform/errors'
import { executionDocument, requirementLine } from '../executions/executionDocument'
import type { ProductionDocument } from '../workflow/productionDocument'
import { documentId } from '../platform/parseInput'
import { selectExecutions } from '../executions/selectExecutions'
import { manufacturingOrderDocument } from '../manufacturingOrders/orderDocument'

/** A document whose sub-assemblies are ordered: its lines, and what the new orders take from it. */
export type SubAssemblySource = {
  /** Its code or order number, for the new orders' notes. */
  code: string
  /** When the sub-assemblies are due: the execution's day or the order's deadline. */
  deadline: null | string
  document: ProductionDocument
  /** Lines another document already makes (a sub-recipe's child execution): not ordered again. */
  madeElsewhere: ReadonlySet<string>
}

/** An execution, read with the user's own access, as a source of sub-assembly orders. */
export async function executionSource(
  req: PayloadRequest,
  id: unknown,
): Promise<SubAssemblySource> {
  const [selected] = await selectExecutions(req, [id], 'execution')
  const { code, doc } = selected!
  return {
    code,
    deadline: doc.productionDate,
    document: await executionDocument(req, doc),
    madeElsewhere: new Set(
      (doc.requirements ?? [])
        .map((requirement, index) =>
          requirement.childExecution ? requirementLine(requirement, index) : '',
        )
        .filter(Boolean),
    ),
  }
}

/** A manufacturing order, read with the user's own access, as a source of sub-assembly orders. */
export async function orderSource(req: PayloadRequest, value: unknown): Promise<SubAssemblySource> {
  const id = documentId(value, 'order', 'a manufacturing order')
  const {
    docs: [order],
  } = await req.payload.find({
    collection: 'manufacturing-orders',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    req,
    user: req.user,
    where: { id: { equals: id } },
  })
  if (!order) throw invalid('order', `no manufacturing order with id ${id}`)
  return {
    code: order.orderNumber ?? `Manufacturing order ${id}`,
    deadline: order.deadline ?? null,
    document: await manufacturingOrderDocument(req, order),
    madeElsewhere: new Set(),
  }
}
