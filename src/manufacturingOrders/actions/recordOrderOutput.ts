import Big from 'big.js'
import type { PayloadRequest } from 'payload'
import { createHash, randomBytes } from 'node:crypto'

import { decimalOf, parseDecimal, problemText } from '../../platform/rules/decimal'
import { outputLineOf, outputPostingKey } from '../rules/outputKeys'
import { outputRowToRecord, postedByLine } from '../rules/outputRow'
import { backflushShare } from '../rules/backflushShare'
import { operationsCost } from '../../recipes/rules/operations'
import { outputRowCost } from '../rules/outputRowCost'
import { post } from '../../ledger'
import { conflict, invalid } from '../../platform/errors'
import { clientPostingKey } from '../../ledger'
import { consumeInputs } from '../../inventory/consumeInputs'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { loadReservations, releaseLines } from '../../workflow/reservations'
import { loadStatusPostings } from '../../workflow/statusPostings'
import { virtualLocation } from '../../inventory/virtualLocation'
import { loadOpenOrder } from '../loadOrder'
import type { LineQuantity } from '../rules/ingredientLine'
import { costedOperation, ingredientLine, orderOutput, pickedLotsLeft } from '../orderDocument'
import { type OutputRow } from '../orderShape'
import type { ManufacturingOrder } from '../../payload-types'
import { saveOrderProgress } from '../saveOrderProgress'

type Args = {
  disposition?: 'available' | 'blocked'
  key?: string
  order: number
  quantity?: unknown
  row?: string
}

type Result = {
  batchNumber: null | number
  lot: { code: string; id: number }
  order: string
  quantity: string
  row: string
  unitCost?: string
}

/**
 * The id of an array row: Payload's shape, derived from the caller's key (scoped by user and
 * action: see clientPostingKey) so a retry is the same row, and another user's key another row.
 */
const rowIdOf = (key: null | string) =>
  key
    ? createHash('sha256').update(key).digest('hex').slice(0, 24)
    : randomBytes(12).toString('hex')

type Disposition = 'available' | 'blocked'

/**
 * `recordOrderOutput`: records completed output on an order, in one posting: the output into a
 * new lot (disposition as chosen), and each ingredient's share for that quantity (planned per
 * unit × completed, never past what the line still has to consume: a backflush), its reservation
 * released first; the lot's unit cost is what that consumed plus the row's share of the
 * operations' cost, over the quantity. Batch mode completes a batch row; discrete mode adds a
 * row per recording. The status rules later post only what the lines have not consumed.
 */
export const recordOrderOutput = defineAction<Args, Result>({
  args: { disposition: 'String', key: 'String', order: 'Int!', quantity: 'JSON', row: 'String' },
  costs: { unitCost: 'manufacturingOrders.viewCosts' },
  description: 'update manufacturing orders',
  name: 'recordOrderOutput',
  permission: 'manufacturingOrders.update',
  perform: async (req, args) => {
    const order = await loadOpenOrder(req, args.order)
    const disposition = args.disposition ?? 'available'
    if (disposition !== 'available' && disposition !== 'blocked')
      throw invalid('disposition', 'must be available or blocked')
    const clientKey = clientPostingKey(req, 'recordOrderOutput', args.key)
    const given =
      args.quantity === undefined || args.quantity === null
        ? null
        : parseDecimal(args.quantity, 'positive')
    if (given && !given.ok) throw invalid('quantity', problemText[given.problem])
    const row = rowToRecord(order, args, clientKey)
    const quantity = given ?? parseDecimal(row.plannedQuantity, 'positive')
    if (!quantity.ok) throw invalid('quantity', problemText[quantity.problem])
    const completed = quantity.value
    const shares = await backflushOf(req, order, completed)
    const rowCost = (materials: Big) =>
      outputRowCost({
        absorbedBefore: (order.outputs ?? []).reduce(
          (total, r) => total.plus(decimalOf(r.operationCost)),
          new Big(0),
        ),
        completed,
        materials,
        operationsCost: operationsCost((order.operations ?? []).map(costedOperation)),
        plannedOutput: orderOutput(order),
      })
    const { operationCost } = rowCost(new Big(0))
    const movements = await postOutput(req, order, {
      completed,
      disposition,
      operationCost,
      row,
      shares,
    })
    const produced = movements.find((m) => m.reason === 'produce')!
    const materials = movements
      .filter((m) => m.reason === 'consume')
      .reduce((total, m) => total.plus(new Big(m.quantity).times(m.unitCost)), new Big(0))
    const unitCost = new Big(produced.unitCost)
    const perUnit = rowCost(materials)
    await saveRecordedRow(req, order, shares, {
      ...row,
      completedAt: new Date().toISOString(),
      completedQuantity: Number(completed.toFixed()),
      disposition,
      lot: produced.lot,
      materialCost: Number(materials.toFixed()),
      operationCost: Number(operationCost.toFixed()),
      plannedQuantity: row.plannedQuantity ?? Number(completed.toFixed()),
      reversedQuantity: 0,
      operationUnitCost: Number(perUnit.operationUnitCost!.toFixed()),
      status: 'completed',
      unitCost: Number(perUnit.unitCost!.toFixed()),
    })
    return {
      batchNumber: row.batchNumber ?? null,
      lot: { code: await lotCode(req, produced.lot), id: produced.lot },
      order: order.orderNumber ?? '',
      quantity: completed.toFixed(),
      row: row.id!,
      unitCost: unitCost.toFixed(),
    }
  },
})

/** The row this recording completes (see outputRowToRecord), or the refusal. */
function rowToRecord(order: ManufacturingOrder, args: Args, clientKey: null | string): OutputRow {
  const chosen = outputRowToRecord({
    mode: order.mode,
    named: args.row,
    newRowId: rowIdOf(clientKey),
    rows: order.outputs ?? [],
  })
  if (chosen.ok) return chosen.row
  if (chosen.code === 'no_batch')
    throw invalid('row', 'name the batch to complete, by its row id or batch number')
  if (chosen.code === 'batch_completed')
    throw conflict(`batch ${chosen.batchNumber} of ${order.orderNumber} is already completed`)
  throw conflict(`output with key ${args.key} was already recorded on ${order.orderNumber}`)
}

/** What each ingredient line consumes for `completed` (see backflushShare). */
async function backflushOf(req: PayloadRequest, order: ManufacturingOrder, completed: Big) {
  const statusPosted = postedByLine(await loadStatusPostings(req, 'manufacturing-orders', order.id))
  return backflushShare(
    ingredientsOf(order).map((r) => ({
      actualOverride:
        r.actualOverride === null || r.actualOverride === undefined
          ? null
          : decimalOf(r.actualOverride),
      id: ingredientLine(r.id!),
      plannedQuantity: decimalOf(r.plannedQuantity),
      postedQuantity: decimalOf(r.backflushedQuantity).plus(
        statusPosted.get(ingredientLine(r.id!)) ?? 0,
      ),
    })),
    completed,
    orderOutput(order),
  )
}

const ingredientsOf = (order: ManufacturingOrder) => (order.ingredients ?? []).filter((r) => r.id)

/**
 * Posts the recording: the order's reservations of what it consumes released, each share
 * consumed from the order's location (the lots picked for it first), the output into a new lot.
 */
async function postOutput(
  req: PayloadRequest,
  order: ManufacturingOrder,
  args: {
    completed: Big
    disposition: Disposition
    operationCost: Big
    row: OutputRow
    shares: LineQuantity[]
  },
) {
  const { completed, row, shares } = args
  const source = { collection: 'manufacturing-orders', id: order.id }
  const ingredients = ingredientsOf(order)
  const rowOf = (line: string) => ingredients.find((r) => ingredientLine(r.id!) === line)!
  // The order's own reservation of what it consumes now is released ahead of the backflush in
  // the same posting, so it may take the very lots reserved for it; the save reserves the rest.
  const consuming = new Set(shares.map((share) => idOf(rowOf(share.line).item)))
  const release = releaseLines(
    (await loadReservations(req, source)).filter((held) => consuming.has(held.item)),
  )
  const production = await virtualLocation(req, 'production')
  const location = idOf(order.location)
  const picked = await pickedLotsLeft(req, order)
  const { movements } = await post(req, {
    key: outputPostingKey(order.id, row.id!),
    lines: [
      ...release,
      ...shares.flatMap((share) => {
        const ingredient = rowOf(share.line)
        return consumeInputs(
          {
            id: share.line,
            item: idOf(ingredient.item),
            preferLots: picked.get(ingredient.id!) ?? [],
            quantity: share.quantity,
            strategy: ingredient.lotStrategy === 'lifo' ? 'lifo' : 'fifo',
          },
          location,
          production,
        )
      }),
      {
        from: production,
        item: idOf(order.product),
        newLot: {
          absorbConsumed: { extraCost: args.operationCost.toFixed() },
          disposition: args.disposition,
        },
        quantity: completed.toFixed(),
        reason: 'produce' as const,
        sourceLine: outputLineOf(row.id!),
        to: location,
      },
    ],
    source,
  })
  return movements
}

/** Saves the completed row and what each ingredient line has now backflushed. */
async function saveRecordedRow(
  req: PayloadRequest,
  order: ManufacturingOrder,
  shares: LineQuantity[],
  recorded: OutputRow,
) {
  const rows = order.outputs ?? []
  const backflushed = new Map(shares.map((share) => [share.line, share.quantity]))
  await saveOrderProgress(req, order, {
    ingredients: (order.ingredients ?? []).map((r) => ({
      ...r,
      backflushedQuantity: Number(
        decimalOf(r.backflushedQuantity)
          .plus(backflushed.get(ingredientLine(r.id!)) ?? 0)
          .toFixed(),
      ),
    })),
    outputs:
      order.mode === 'batch'
        ? rows.map((r) => (r.id === recorded.id ? recorded : r))
        : [...rows, recorded],
  })
}

async function lotCode(req: PayloadRequest, lot: number) {
  const { docs } = await req.payload.find({
    collection: 'lots',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: { code: true },
    where: { id: { equals: lot } },
  })
  return docs[0]?.code ?? ''
}
