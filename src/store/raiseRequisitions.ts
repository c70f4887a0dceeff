import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'
import { dayOf } from '../workflow/productionDay'
import { conflict, invalid } from '../platform/errors'
import { idOf } from '../platform/idOf'
import { dateOnDay } from '../platform/rules/calendarDay'
import { isCanonicalId } from '../platform/rules/inputValues'
import { loadWorkflow } from '../workflow/workflow'
import { planRequisitions } from './rules/requisitionLines'
import type { Requisition } from './requisitions'
import { refreshSupplyStatus, supplyProgress } from './supplyStatus'

type Served = { code: string; doc: Execution; id: number; status: number }

/** The store to take from: the one named (a warehouse), or the first warehouse there is. */
async function storeLocation(req: PayloadRequest, source: unknown): Promise<number> {
  if (source !== undefined && source !== null) {
    if (!isCanonicalId(source)) throw invalid('source', 'must be a location id')
    const location = await req.payload.findByID({
      collection: 'locations',
      depth: 0,
      disableErrors: true,
      id: Number(source),
      overrideAccess: true,
      req,
    })
    if (!location) throw invalid('source', `there is no location ${source}`)
    if (location.kind !== 'warehouse')
      throw invalid('source', `${location.name} is not a warehouse: requisitions take from a store`)
    return location.id
  }
  const { docs } = await req.payload.find({
    collection: 'locations',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    sort: 'id',
    where: { kind: { equals: 'warehouse' } },
  })
  if (!docs[0]) throw invalid('source', 'there is no warehouse to take materials from')
  return docs[0].id
}

/**
 * Asks the store for what the executions' supplied requirements still need: one requisition per
 * production floor and day, one line per item, each keeping the share of every requirement it
 * serves. The caller holds the executions' rows. Nothing left to ask: no requisition, an empty
 * list. Completed executions are refused, or, for a plan's generation, left out.
 */
export async function raiseRequisitions(
  req: PayloadRequest,
  served: Served[],
  options: { plan?: number; requestKey?: null | string; skipCompleted?: boolean; source?: unknown },
): Promise<Requisition[]> {
  const source = await storeLocation(req, options.source)
  const workflow = await loadWorkflow(req)
  const terminalName = workflow.statuses.find((s) => s.id === workflow.terminal)?.name
  const open = served.filter(({ code, doc, status }, i) => {
    if (status === workflow.terminal) {
      if (options.skipCompleted) return false
      throw conflict(
        `${code} is ${terminalName}: a completed execution needs no materials. Nothing was requested.`,
      )
    }
    if (!doc.productionFloor)
      throw invalid(`executions[${i}]`, `${code} has no production floor to deliver to`)
    return true
  })
  const progress = await supplyProgress(
    req,
    open.map((s) => s.id),
  )
  // Resource hours (labour, machines) are not kept in a store: only materials and products.
  const { docs: resources } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { kind: true },
    where: {
      and: [
        { id: { in: open.flatMap((s) => (s.doc.requirements ?? []).map((r) => idOf(r.item))) } },
        { kind: { equals: 'resource' } },
      ],
    },
  })
  const stored = (item: unknown) => !resources.some((resource) => resource.id === idOf(item))
  const planned = planRequisitions(
    open.map(({ doc, id }) => ({
      day: dayOf(doc.productionDate),
      floor: idOf(doc.productionFloor),
      id,
      requirements: (doc.requirements ?? [])
        .filter((r) => r.kind === 'supplied' && r.id && stored(r.item))
        .map((r) => ({
          execution: id,
          id: r.id!,
          item: idOf(r.item),
          required: new Big(r.requiredQuantity),
          requested: progress.get(`${id}:${r.id}`)?.requested ?? new Big(0),
        })),
    })),
  )
  const plans = new Set(open.map((s) => (s.doc.plan ? idOf(s.doc.plan) : null)))
  const plan = options.plan ?? (plans.size === 1 ? [...plans][0] : null)
  const created: Requisition[] = []
  for (const requisition of planned) {
    created.push(
      (await req.payload.create({
        collection: 'material-requisitions',
        data: {
          executions: requisition.executions,
          floor: requisition.floor,
          lines: requisition.lines.map((line) => ({
            item: line.item,
            issuedQuantity: 0,
            links: line.links.map((link) => ({
              execution: link.execution,
              quantity: Number(link.quantity.toFixed()),
              requirement: link.requirement,
            })),
            lots: [],
            pickedQuantity: 0,
            requiredQuantity: Number(line.required.toFixed()),
            returnedQuantity: 0,
            stagedQuantity: 0,
          })),
          plan,
          productionDate: dateOnDay(requisition.day),
          requestKey: options.requestKey ?? null,
          source,
          state: 'requested',
        },
        depth: 0,
        overrideAccess: true,
        req,
      })) as Requisition,
    )
  }
  if (created.length > 0)
    await refreshSupplyStatus(
      req,
      open.map((s) => s.id),
    )
  return created
}
