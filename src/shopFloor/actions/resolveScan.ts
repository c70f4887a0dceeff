import type { CollectionSlug, PayloadRequest } from 'payload'

import type { PermissionKey } from '../../access/permissions'
import {
  decodeScanCode,
  type ScanKind,
  scanKindNames,
  type ScanTarget,
  scanTargetPath,
} from '../../documents/rules/scanCodes'
import { defineAction } from '../../platform/defineAction'
import { invalid, notFound } from '../../platform/errors'
import { findReadable } from '../../platform/findByIds'
import { idOf } from '../../platform/idOf'

type Args = { code: string }

/** What a scanned code names, and where the shop-floor view shows it. */
export type ResolvedScan =
  | { id: number; kind: Exclude<ScanKind, 'lot'>; label: string; url: string }
  | {
      code: string
      id: number
      itemId: number
      kind: 'lot'
      label: string
      lotId: number
      url: string
    }

const sources: Record<
  ScanKind,
  { collection: CollectionSlug; label: string; need: PermissionKey; verb: string }
> = {
  execution: {
    collection: 'executions',
    label: 'code',
    need: 'executions.view',
    verb: 'view executions',
  },
  lot: { collection: 'lots', label: 'code', need: 'inventory.view', verb: 'view inventory' },
  manufacturingOrder: {
    collection: 'manufacturing-orders',
    label: 'orderNumber',
    need: 'manufacturingOrders.view',
    verb: 'view manufacturing orders',
  },
  materialRequisition: {
    collection: 'material-requisitions',
    label: 'code',
    need: 'requisitions.view',
    verb: 'view requisitions',
  },
  productionRun: {
    collection: 'production-runs',
    label: 'code',
    need: 'productionRuns.view',
    verb: 'view production runs',
  },
}

/** What the scanned text names; a text that names nothing is refused, naming what is wrong. */
function targetOf(code: unknown): ScanTarget {
  if (typeof code !== 'string') throw invalid('code', 'must be the scanned text')
  const decoded = decodeScanCode(code)
  if (!decoded.ok) throw invalid('code', decoded.problem)
  return decoded.target
}

/** The document or lot as the user may read it; one they may not read is not found. */
async function readTarget(req: PayloadRequest, target: ScanTarget) {
  const source = sources[target.kind]
  const doc = (await findReadable(req, source.collection, target.id)) as unknown as
    (Record<string, unknown> & { id: number }) | undefined
  if (!doc) throw notFound('code', `no ${scanKindNames[target.kind]} with id ${target.id}`)
  return { doc, label: String(doc[source.label] ?? `#${doc.id}`) }
}

/**
 * `resolveScan`: what a scanned code (printed on a recipe card, pick list, production order or
 * lot label) names: an execution, manufacturing order, material requisition or production run,
 * with its shop-floor screen, or a lot with its item. The user must be allowed to read it.
 */
export const resolveScan = defineAction<Args, ResolvedScan>({
  args: { code: 'String!' },
  costs: {},
  description: 'view executions',
  kind: 'query',
  name: 'resolveScan',
  permission: 'executions.view',
  // What the code names decides the permission; a text naming nothing is refused before.
  permissionFor: (args) => {
    const source = sources[targetOf(args.code).kind]
    return { description: source.verb, permission: source.need }
  },
  perform: async (req, args) => {
    const target = targetOf(args.code)
    const { doc, label } = await readTarget(req, target)
    const url = scanTargetPath(req.payload.config.routes.admin, target)
    if (target.kind !== 'lot') return { id: doc.id, kind: target.kind, label, url }
    const itemId = idOf(doc.item as number)
    return { code: label, id: doc.id, itemId, kind: 'lot', label, lotId: doc.id, url }
  },
})
