import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { consumedCost as costOf } from '../ledger'
import { postingKeyOf } from '../platform/rules/idempotency'
import { planTransition } from './rules/planTransition'
import {
  consumedByStatusPostings,
  movementCountOf,
  post,
  type PostingLineInput,
  reverse,
} from '../ledger'
import { conflict } from '../platform/errors'
import { reservationChanges, reservationTarget } from './rules/reservations'
import { consumeInputs } from '../inventory/consumeInputs'
import { outputLine, type ProductionDocument, type ProductionLine } from './productionDocument'
import { loadReservations, releaseLines, releaseReservations, reserveStock } from './reservations'
import {
  deleteStatusPostings,
  insertStatusPostings,
  loadStatusPostings,
  type StatusPosting,
} from './statusPostings'
import { virtualLocation } from '../inventory/virtualLocation'
import type { Workflow } from './workflow'

export type StatusInventoryPlan = {
  /** The lines posted once the transition is done: what stays posted and what it posts. */
  postedAfter: Set<string>
  post: (ProductionLine & { dueAt: number })[]
  reverse: StatusPosting[]
}

const lineLabel = (posting: StatusPosting) =>
  posting.line === outputLine ? `The output (${posting.sku})` : `The requirement for ${posting.sku}`

/**
 * What reaching status `to` posts and reverses for a document, from its lines and what its rules
 * already posted. A posted line cannot change (a different item or quantity, or removed) unless
 * this very transition reverses it: stock moved for it, so it is moved back first.
 */
export async function planStatusInventory(
  req: PayloadRequest,
  doc: ProductionDocument,
  to: number,
  workflow: Workflow,
): Promise<StatusInventoryPlan> {
  const posted = await loadStatusPostings(req, doc.collection, doc.id)
  const plan = planTransition({
    lines: doc.lines,
    posted: posted.map((p) => ({ dueAt: p.dueAt, line: p.line })),
    rules: workflow.rules,
    statuses: workflow.order,
    to,
  })
  const reversed = new Set(plan.reverse.map((r) => r.line))
  for (const posting of posted) {
    if (reversed.has(posting.line)) continue
    const line = doc.lines.find((l) => l.id === posting.line)
    if (!line || line.item !== posting.item || !line.quantity.eq(posting.quantity)) {
      const status = workflow.statuses.find((s) => s.id === posting.dueAt)?.name ?? 'its status'
      throw conflict(
        `${lineLabel(posting)} was already posted at ${status} (${posting.quantity}); move the document back before ${status} to change it.`,
      )
    }
  }
  const lineById = new Map(doc.lines.map((line) => [line.id, line]))
  return {
    post: plan.post.map(({ dueAt, line }) => ({ ...lineById.get(line)!, dueAt })),
    postedAfter: new Set([
      ...posted.filter((p) => !reversed.has(p.line)).map((p) => p.line),
      ...plan.post.map((p) => p.line),
    ]),
    reverse: posted.filter((p) => reversed.has(p.line)),
  }
}

/**
 * Cost of what the document's rules consumed, of the actions its output absorbs, and still hold
 * consumed (an order's recorded output absorbed its own share already).
 */
async function consumedCost(req: PayloadRequest, doc: ProductionDocument): Promise<Big> {
  return new Big(await consumedByStatusPostings(req, doc, doc.costedActions))
}

/**
 * Brings a document's stock to what its status says: releases the reservations it is about to
 * consume, reverses what fell due after it, consumes what is due, adds the output into a new lot
 * at the cost consumed so far, and reserves the materials still to be consumed. All in the
 * caller's transaction, which must hold the document's row lock (an update holds it; see
 * refuseForbiddenExecutionChanges), so two saves of one document serialize.
 */
export async function applyStatusInventory(
  req: PayloadRequest,
  doc: ProductionDocument,
  to: number,
  workflow: Workflow,
): Promise<{ materialCost: Big }> {
  const plan = await planStatusInventory(req, doc, to, workflow)
  const consume = plan.post.filter((line) => line.action !== 'add_products')
  const reservations = reservationChanges(
    await loadReservations(req, doc),
    reservationTarget(doc.lines, plan.postedAfter),
    new Set(consume.map((line) => line.item)),
    doc.location,
  )
  if (
    plan.reverse.length === 0 &&
    plan.post.length === 0 &&
    reservations.release.length === 0 &&
    reservations.reserve.size === 0
  )
    return { materialCost: await consumedCost(req, doc) }
  const source = { collection: doc.collection, id: doc.id }
  const n = await movementCountOf(req, source)
  // The ordinal of this posting among the document's: deterministic, and never reused.
  const base = postingKeyOf(doc.collection, doc.id, `status/${n}`)
  if (plan.reverse.length > 0) {
    await reverse(req, {
      key: `${base}/reverse`,
      movements: plan.reverse.flatMap((p) => p.movements),
      source,
    })
    await deleteStatusPostings(
      req,
      plan.reverse.map((p) => p.id),
    )
  }
  // Releasing what is about to be consumed rides in the first posting that consumes, ahead of its
  // lines, so the consumption may take the very lots reserved for it: one posting, not two.
  const { materialCost, unreleased } = await postDueLines(
    req,
    doc,
    plan,
    `${base}/post`,
    releaseLines(reservations.release),
  )
  if (unreleased.length > 0) await post(req, { key: `${base}/release`, lines: unreleased, source })
  await reserveStock(req, doc, reservations.reserve, `${base}/reserve`)
  return { materialCost }
}

/**
 * Consumes the lines due and adds the output, `release` ahead of the first posting; returns the
 * material cost the document holds, and the releases no posting took.
 */
async function postDueLines(
  req: PayloadRequest,
  doc: ProductionDocument,
  plan: StatusInventoryPlan,
  key: string,
  release: PostingLineInput[],
): Promise<{ materialCost: Big; unreleased: PostingLineInput[] }> {
  let pending = release
  const consume = plan.post.filter((line) => line.action !== 'add_products')
  const output = plan.post.find((line) => line.action === 'add_products')
  // Consumption the output does not absorb (an order's resource hours: its operations are costed
  // at their rates) goes in a posting of its own, before the one that makes the output.
  const uncosted = consume.filter((line) => !doc.costedActions.includes(line.action))
  if (uncosted.length > 0) {
    await postLines(req, doc, uncosted, null, new Big(0), `${key}/uncosted`, pending)
    pending = []
  }
  // What earlier statuses consumed and still hold consumed; the output absorbs it with whatever
  // this posting consumes, from the very lots the ledger picks.
  const prior = await consumedCost(req, doc)
  const costed = consume.filter((line) => doc.costedActions.includes(line.action))
  if (costed.length === 0 && !output) return { materialCost: prior, unreleased: pending }
  const consumed = await postLines(req, doc, costed, output ?? null, prior, key, pending)
  return { materialCost: prior.plus(consumed), unreleased: [] }
}

/** Posts lines of a transition in one posting, records them, and returns the cost consumed. */
async function postLines(
  req: PayloadRequest,
  doc: ProductionDocument,
  consume: StatusInventoryPlan['post'],
  output: StatusInventoryPlan['post'][number] | null,
  prior: Big,
  key: string,
  release: PostingLineInput[],
): Promise<Big> {
  const lines = [...consume, ...(output ? [output] : [])]
  if (lines.length === 0) return new Big(0)
  const production = await virtualLocation(req, 'production')
  // Releases first (no line of the document owns them); a line with preferred lots becomes a
  // ledger line naming them and one for the rest.
  const ledgerLines: { input: PostingLineInput; owner: number }[] = release.map((input) => ({
    input,
    owner: -1,
  }))
  lines.forEach((line, owner) => {
    if (line === output) {
      ledgerLines.push({
        input: {
          from: production,
          item: line.item,
          newLot: {
            absorbConsumed: { extraCost: prior.plus(doc.outputExtraCost ?? 0).toFixed() },
          },
          quantity: line.quantity.toFixed(),
          reason: 'produce',
          sourceLine: line.id,
          to: doc.location,
        },
        owner,
      })
      return
    }
    for (const input of consumeInputs(line, doc.location, production))
      ledgerLines.push({ input, owner })
  })
  const { movements } = await post(req, {
    key,
    lines: ledgerLines.map((l) => l.input),
    source: { collection: doc.collection, id: doc.id },
  })
  await insertStatusPostings(
    req,
    doc.collection,
    doc.id,
    lines.map((line, index) => ({
      action: line.action,
      dueAt: line.dueAt,
      item: line.item,
      line: line.id,
      movements: movements.filter((m) => ledgerLines[m.line]!.owner === index).map((m) => m.id),
      postingKey: key,
      quantity: line.quantity.toFixed(),
    })),
  )
  return costOf(
    movements
      .filter((m) => m.reason === 'consume')
      .map((m) => ({ quantity: new Big(m.quantity), unitCost: new Big(m.unitCost) })),
  )
}

/**
 * Reverses everything a document's rules posted and releases what it holds reserved (the
 * document is being deleted).
 */
export async function reverseAllStatusInventory(
  req: PayloadRequest,
  collection: ProductionDocument['collection'],
  id: number,
): Promise<void> {
  const held = await loadReservations(req, { collection, id })
  await releaseReservations(
    req,
    { collection, id },
    held,
    postingKeyOf(collection, id, 'deleted/release'),
  )
  const posted = await loadStatusPostings(req, collection, id)
  if (posted.length === 0) return
  await reverse(req, {
    key: postingKeyOf(collection, id, 'deleted'),
    movements: posted.flatMap((p) => p.movements),
    source: { collection, id },
  })
  await deleteStatusPostings(
    req,
    posted.map((p) => p.id),
  )
}
