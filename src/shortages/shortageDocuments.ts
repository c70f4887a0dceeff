import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import type { Decimal } from '../platform/rules/decimal'
import type { DocumentNeeds } from './rules/locationShortages'
import { invalid } from '../platform/errors'
import { findByIds } from '../platform/findByIds'
import { activeBomsOf } from '../recipes/recipes'
import { selectExecutions } from '../executions/selectExecutions'
import { manufacturingOrderDocument } from '../manufacturingOrders/orderDocument'
import { executionDocument, requirementLine } from '../executions/executionDocument'
import type { ProductionDocument } from '../workflow/productionDocument'
import { loadReservations } from '../workflow/reservations'
import { reservationTarget } from '../workflow/rules/reservations'
import { loadStatusPostings } from '../workflow/statusPostings'

export type ShortageCollection = 'executions' | 'manufacturing-orders'

/** A production document whose shortages are bought, as the user may read it. */
export type ShortageDocument = {
  code: string
  collection: ShortageCollection
  document: ProductionDocument
  id: number
  /** Lines not to buy for: sub-recipes a child execution makes, products an order makes. */
  madeElsewhere: (line: { id: string; item: number }) => boolean
}

const collections: readonly ShortageCollection[] = ['executions', 'manufacturing-orders']

/** At most this many documents per request. */
const maxDocuments = 1000

type Group = { at: string; collection: ShortageCollection; ids: unknown }

/**
 * The request's `documents`: `{ collection, ids }`, or a list of them (executions and
 * manufacturing orders together). Each part's errors name it (`documents[1].ids`).
 */
function groupsOf(value: unknown): Group[] {
  const list = Array.isArray(value) ? value : [value]
  if (value === undefined || value === null || list.length === 0)
    throw invalid(
      'documents',
      'name the executions or manufacturing orders, as { collection, ids }',
    )
  return list.map((group, index) => {
    const at = Array.isArray(value) ? `documents[${index}]` : 'documents'
    if (typeof group !== 'object' || group === null || Array.isArray(group))
      throw invalid(at, 'must be { collection, ids }')
    const { collection, ids } = group as { collection?: unknown; ids?: unknown }
    if (!collections.includes(collection as ShortageCollection))
      throw invalid(`${at}.collection`, 'must be executions or manufacturing-orders')
    return { at, collection: collection as ShortageCollection, ids }
  })
}

async function selectOrders(req: PayloadRequest, ids: unknown, field: string) {
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((id) => Number.isSafeInteger(id) && id > 0)
  )
    throw invalid(field, 'list the manufacturing orders by id')
  return findByIds(req, 'manufacturing-orders', ids as number[], {
    field,
    noun: 'manufacturing order',
  })
}

/**
 * The documents named by `documents`, read with the user's own access, in the order given:
 * ids that are malformed or that the user cannot read are a 400 naming them.
 */
export async function selectShortageDocuments(
  req: PayloadRequest,
  value: unknown,
): Promise<ShortageDocument[]> {
  const groups = groupsOf(value)
  const count = groups.reduce((n, g) => n + (Array.isArray(g.ids) ? g.ids.length : 0), 0)
  if (count > maxDocuments) throw invalid('documents', `at most ${maxDocuments} documents at once`)
  const selected: ShortageDocument[] = []
  for (const { at, collection, ids } of groups) {
    if (collection === 'executions') {
      for (const { code, doc, id } of await selectExecutions(req, ids, `${at}.ids`)) {
        const bought = new Set(
          (doc.requirements ?? []).flatMap((requirement, index) =>
            requirement.kind === 'supplied' ? [requirementLine(requirement, index)] : [],
          ),
        )
        selected.push({
          code,
          collection,
          document: await executionDocument(req, doc),
          id,
          madeElsewhere: (line) => !bought.has(line.id),
        })
      }
    } else {
      for (const order of await selectOrders(req, ids, `${at}.ids`)) {
        const document = await manufacturingOrderDocument(req, order)
        const made = await activeBomsOf(
          req,
          document.lines.map((line) => line.item),
        )
        selected.push({
          code: order.orderNumber ?? `Manufacturing order ${order.id}`,
          collection,
          document,
          id: order.id,
          madeElsewhere: (line) => made.has(line.item),
        })
      }
    }
  }
  // A document named twice counts once.
  const byKey = new Map(selected.map((s) => [`${s.collection}/${s.id}`, s]))
  return [...byKey.values()]
}

/**
 * What each document still consumes, by item, at its location (its material and product lines
 * the status rules have not consumed, sub-recipes and products made elsewhere aside), and what
 * it holds reserved there: the needs a shortage is worked out from.
 */
export async function documentNeeds(
  req: PayloadRequest,
  selected: readonly ShortageDocument[],
): Promise<DocumentNeeds[]> {
  const needs: DocumentNeeds[] = []
  for (const { collection, document, id, madeElsewhere } of selected) {
    const posted = await loadStatusPostings(req, collection, id)
    const required = reservationTarget(
      document.lines.filter((line) => !madeElsewhere(line)),
      new Set(posted.map((posting) => posting.line)),
    )
    const held = new Map<number, Decimal>()
    for (const row of await loadReservations(req, { collection, id }))
      if (row.location === document.location && required.has(row.item))
        held.set(row.item, (held.get(row.item) ?? new Big(0)).plus(row.quantity))
    needs.push({ held, key: `${collection}/${id}`, location: document.location, required })
  }
  return needs
}
