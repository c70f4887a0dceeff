import type { PayloadRequest } from 'payload'

import { generalRuleFields } from './rules/ruleFields'
import { inventoryActions, type InventoryRules } from './rules/planTransition'
import { idOf } from '../platform/idOf'

export type StatusDoc = { color: string; icon: string; id: number; name: string }

export type Workflow = {
  defaultStatus: number
  /** Status ids in workflow order. */
  order: number[]
  rules: InventoryRules
  statuses: StatusDoc[]
  /** The last status: done. */
  terminal: number
}

type SettingsData = {
  conditionalRules?: { action: string; categories?: unknown[]; status: unknown }[] | null
  defaultStatus?: unknown
  rules?: Partial<
    Record<(typeof generalRuleFields)[keyof typeof generalRuleFields], unknown>
  > | null
}

/**
 * The rules as the engine reads them. A general rule left empty falls back to the defaults a
 * fresh install has: deduct at the second status (In Progress), add at the last (Completed).
 */
export function rulesOf(settings: SettingsData, order: readonly number[]): InventoryRules {
  const fallback = (action: (typeof inventoryActions)[number]) =>
    action === 'add_products' ? order[order.length - 1]! : (order[1] ?? order[0]!)
  const general = Object.fromEntries(
    inventoryActions.map((action) => {
      const value = settings.rules?.[generalRuleFields[action]]
      return [action, value ? idOf(value) : fallback(action)]
    }),
  ) as InventoryRules['general']
  return {
    conditional: (settings.conditionalRules ?? []).map((rule) => ({
      action: rule.action as (typeof inventoryActions)[number],
      categories: (rule.categories ?? []).map(idOf),
      status: idOf(rule.status),
    })),
    general,
  }
}

/** The production statuses in workflow order, read in the request's transaction. */
export async function statusesInOrder(
  req: PayloadRequest,
): Promise<(StatusDoc & { _order: string })[]> {
  const { docs } = await req.payload.find({
    collection: 'production-statuses',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { _order: true, color: true, icon: true, name: true },
    sort: '_order',
  })
  return docs as unknown as (StatusDoc & { _order: string })[]
}

const loaded = new WeakMap<PayloadRequest, Promise<Workflow>>()

/**
 * The statuses in order and the production settings' rules, read in the request's transaction
 * once per request: a status change runs several hooks that all need them. Changing a status or
 * the settings forgets it (see forgetWorkflow), so a request that edits the workflow and then
 * moves documents sees its own edits.
 */
export function loadWorkflow(req: PayloadRequest): Promise<Workflow> {
  let workflow = loaded.get(req)
  if (!workflow) {
    workflow = readWorkflow(req)
    loaded.set(req, workflow)
    // A failed read is not remembered.
    workflow.catch(() => loaded.delete(req))
  }
  return workflow
}

export const forgetWorkflow = (req: PayloadRequest): void => {
  loaded.delete(req)
}

async function readWorkflow(req: PayloadRequest): Promise<Workflow> {
  const statuses = await statusesInOrder(req)
  if (statuses.length === 0)
    throw new Error('There are no production statuses; restart the app to recreate the defaults.')
  const order = statuses.map((status) => status.id)
  const settings = (await req.payload.findGlobal({
    depth: 0,
    overrideAccess: true,
    req,
    slug: 'production-settings',
  })) as SettingsData
  const configured = settings.defaultStatus ? idOf(settings.defaultStatus) : undefined
  return {
    defaultStatus: configured && order.includes(configured) ? configured : order[0]!,
    order,
    rules: rulesOf(settings, order),
    statuses,
    terminal: order[order.length - 1]!,
  }
}
