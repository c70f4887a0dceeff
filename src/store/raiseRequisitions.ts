import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'
import { dayOf } from '../workflow/productionDay'
import { conflict, invalid } from '../platform/errors'
import { firstLocation } from '../inventory/firstLocation'
import { idOf } from '../platform/idOf'
import { dateOnDay } from '../platform/rules/calendarDay'
import { isCanonicalId } from '../platform/rules/inputValues'
import { loadWorkflow, type Workflow } from '../workflow/workflow'
import {
  type ExecutionNeeds,
  type PlannedRequisition,
  planRequisitions,
} from './rules/requisitionLines'
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
  const warehouse = await firstLocation(req, { kind: { equals: 'warehouse' } })
  if (!warehouse) throw invalid('source', 'there is no warehouse to take materials from')
  return warehouse.id
}

/** The executions to ask for: completed ones refused (or skipped), each needing a floor. */
function openExecutions(served: Served[], workflow: Workflow, skipCompleted?: boolean): Served[] {
  const terminalName = workflow.statuses.find((s) => s.id === workflow.terminal)?.name
  return served.filter(({ code, doc, status }, i) => {
    if (status === workflow.terminal) {
      if (skipCompleted) return false
      throw conflict(
        `${code} is ${terminalName}: a completed execution needs no materials. Nothing was requested.`,
      )
    }
    if (!doc.productionFloor)
      throw invalid(`executions[${i}]`, `${code} has no production floor to deliver to`)
    return true
  })
}

/** Which of the executions' required items are resources. */
async function resourcesAmong(req: PayloadRequest, open: Served[]): Promise<number[]> {
  const { docs } = await req.payload.find({
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
  return docs.map((resource) => resource.id)
}

/**
 * What each execution needs of the store: its supplied requirements of stored items, with what
 * is asked of the store for them already.
 */
async function needsOf(req: PayloadRequest, open: Served[]): Promise<ExecutionNeeds[]> {
  const progress = await supplyProgress(
    req,
    open.map((s) => s.id),
  )
  // Resource hours (labour, machines) are not kept in a store: only materials and products.
  const resources = await resourcesAmong(req, open)
  const stored = (item: unknown) => !resources.some((resource) => resource === idOf(item))
  return open.map(({ doc, id }) => ({
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
  }))
}

/** Writes one planned requisition, every quantity still to be picked. */
async function createRequisition(
  req: PayloadRequest,
  requisition: PlannedRequisition,
  fields: { plan: null | number | undefined; requestKey: null | string; source: number },
): Promise<Requisition> {
  return (await req.payload.create({
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
      plan: fields.plan,
      productionDate: dateOnDay(requisition.day),
      requestKey: fields.requestKey,
      source: fields.source,
      state: 'requested',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })) as Requisition
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
  const open = openExecutions(served, await loadWorkflow(req), options.skipCompleted)
  const planned = planRequisitions(await needsOf(req, open))
  const plans = new Set(open.map((s) => (s.doc.plan ? idOf(s.doc.plan) : null)))
  const plan = options.plan ?? (plans.size === 1 ? [...plans][0] : null)
  const created: Requisition[] = []
  for (const requisition of planned)
    created.push(
      await createRequisition(req, requisition, {
        plan,
        requestKey: options.requestKey ?? null,
        source,
      }),
    )
  if (created.length > 0)
    await refreshSupplyStatus(
      req,
      open.map((s) => s.id),
    )
  return created
}
