import type { Payload } from 'payload'

import Big from 'big.js'

import type { MaterialRequisition, Trolley } from '../../../payload-types'

import { idOf } from '../../../platform/idOf'
import { decimalOf } from '../../../platform/rules/decimal'
import { trolleyByExecution } from '../../rules/trolleyContents'

/** Documents by id, read as the system: the page's reader may already read the trolley. */
async function named<T>(
  payload: Payload,
  collection: 'executions' | 'items' | 'lots' | 'material-requisitions',
  ids: number[],
): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: [...new Set(ids)] } },
  })
  return new Map(docs.map((doc) => [doc.id, doc as T]))
}

/**
 * The trolley's lines grouped by the execution each serves (as the requisitions' links say), with
 * the executions, items, lots and requisitions they name.
 */
export async function loadTrolleyContents(payload: Payload, trolley: Trolley) {
  const lines = (trolley.lines ?? []).map((line) => ({
    item: idOf(line.item),
    lot: idOf(line.lot),
    quantity: new Big(line.quantity),
    requisition: idOf(line.requisition),
  }))
  const requisitions = await named<MaterialRequisition>(
    payload,
    'material-requisitions',
    lines.map((line) => line.requisition),
  )
  const groups = trolleyByExecution(
    lines,
    [...requisitions.values()].flatMap((requisition) =>
      (requisition.lines ?? []).map((line) => ({
        item: idOf(line.item),
        links: (line.links ?? []).map((link) => ({
          execution: idOf(link.execution),
          quantity: decimalOf(link.quantity),
        })),
        requisition: requisition.id,
      })),
    ),
  )
  const [executions, items, lots] = await Promise.all([
    named<{ code?: string; productDescription?: string }>(
      payload,
      'executions',
      groups.flatMap((g) => (g.execution ? [g.execution] : [])),
    ),
    named<{ name: string; sku: string; unit: string }>(
      payload,
      'items',
      lines.map((line) => line.item),
    ),
    named<{ code: string }>(
      payload,
      'lots',
      lines.map((line) => line.lot),
    ),
  ])
  return { executions, groups, items, lots, requisitions }
}

export type TrolleyContentsView = Awaited<ReturnType<typeof loadTrolleyContents>>
