import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { dayOf } from '../../executions/productionDay'
import { selectExecutions } from '../../executions/selectExecutions'
import { dateOnDay } from '../../platform/rules/calendarDay'
import { clientKeyOf } from '../../platform/rules/idempotency'
import { defineAction } from '../../platform/defineAction'
import { conflict, invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { loadWorkflow } from '../../workflow/workflow'
import { planRequisitions } from '../rules/requisitionLines'
import { requisitionAnswer, type Requisition, type RequisitionAnswer } from '../requisitions'
import { refreshSupplyStatus, supplyProgress } from '../supplyStatus'

type Args = { executions?: unknown; key?: unknown; plan?: unknown; source?: unknown }

/** The store to take from: the one named (a warehouse), or the first warehouse there is. */
async function storeLocation(req: PayloadRequest, source: unknown): Promise<number> {
  if (source !== undefined && source !== null) {
    if (!Number.isSafeInteger(source)) throw invalid('source', 'must be a location id')
    const location = await req.payload.findByID({
      collection: 'locations',
      depth: 0,
      disableErrors: true,
      id: source as number,
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

/** The client's key, scoped by user and action: asking twice with it raises nothing twice. */
function requestKeyOf(req: PayloadRequest, key: unknown): null | string {
  if (key === undefined || key === null || key === '') return null
  if (typeof key !== 'string' || key.length > 100)
    throw invalid('key', 'must be a string of at most 100 characters')
  const user = req.user as { collection?: string; id?: number | string } | null
  return clientKeyOf(
    user?.collection && user.id !== undefined ? { collection: user.collection, id: user.id } : null,
    'requestMaterials',
    key,
  )
}

async function planExecutionIds(req: PayloadRequest, plan: unknown): Promise<number[]> {
  if (!Number.isSafeInteger(plan)) throw invalid('plan', 'must be a production plan id')
  const { docs } = await req.payload.find({
    collection: 'executions',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    select: { code: true },
    user: req.user,
    where: { plan: { equals: plan } },
  })
  if (docs.length === 0) throw invalid('plan', `plan ${plan} has no executions to supply`)
  return docs.map((doc) => doc.id)
}

/**
 * `requestMaterials`: asks the store for what executions' supplied requirements still need, one
 * requisition per production floor and day (lines of one item merged, each keeping the share of
 * every requirement it serves). For the executions named, or for every execution of a plan.
 */
export const requestMaterials = defineAction<Args, { requisitions: RequisitionAnswer[] }>({
  args: { executions: 'JSON', key: 'String', plan: 'Int', source: 'Int' },
  costs: {},
  description: 'raise material requisitions',
  name: 'requestMaterials',
  permission: 'requisitions.manage',
  run: async (req, args) => {
    const requestKey = requestKeyOf(req, args.key)
    const ids =
      args.executions === undefined || args.executions === null
        ? args.plan === undefined || args.plan === null
          ? (() => {
              throw invalid('executions', 'name the executions, or a plan')
            })()
          : await planExecutionIds(req, args.plan)
        : (args.executions as number[])
    const selected = await selectExecutions(req, ids, 'executions', { lock: true })
    if (requestKey) {
      const { docs } = await req.payload.find({
        collection: 'material-requisitions',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        sort: 'id',
        where: { requestKey: { equals: requestKey } },
      })
      if (docs.length > 0) return { requisitions: (docs as Requisition[]).map(requisitionAnswer) }
    }
    const source = await storeLocation(req, args.source)
    const workflow = await loadWorkflow(req)
    const terminalName = workflow.statuses.find((s) => s.id === workflow.terminal)?.name
    selected.forEach(({ code, doc, status }, i) => {
      if (status === workflow.terminal)
        throw conflict(
          `${code} is ${terminalName}: a completed execution needs no materials. Nothing was requested.`,
        )
      if (!doc.productionFloor)
        throw invalid(`executions[${i}]`, `${code} has no production floor to deliver to`)
    })
    const progress = await supplyProgress(
      req,
      selected.map((s) => s.id),
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
          {
            id: {
              in: selected.flatMap((s) => (s.doc.requirements ?? []).map((r) => idOf(r.item))),
            },
          },
          { kind: { equals: 'resource' } },
        ],
      },
    })
    const stored = (item: unknown) => !resources.some((resource) => resource.id === idOf(item))
    const planned = planRequisitions(
      selected.map(({ doc, id }) => ({
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
    if (planned.length === 0)
      throw conflict(
        'Everything these executions need has been requested already. Nothing was requested.',
      )
    const plan = selected.every((s) => s.doc.plan) ? selected[0]!.doc.plan : null
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
            plan:
              plan && new Set(selected.map((s) => idOf(s.doc.plan))).size === 1 ? idOf(plan) : null,
            productionDate: dateOnDay(requisition.day),
            requestKey,
            source,
            state: 'requested',
          },
          depth: 0,
          overrideAccess: true,
          req,
        })) as Requisition,
      )
    }
    await refreshSupplyStatus(
      req,
      selected.map((s) => s.id),
    )
    return { requisitions: created.map(requisitionAnswer) }
  },
})
