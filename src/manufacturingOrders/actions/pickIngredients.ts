import Big from 'big.js'
import type { PayloadRequest } from 'payload'

import { postingKeyOf } from '../../platform/rules/idempotency'
import {
  type IngredientPick,
  ingredientPicks,
  mergePickedLots,
  type PickRequest,
} from '../rules/ingredientPicks'
import type { ManufacturingOrder } from '../../payload-types'
import {
  clientPostingKey,
  findPosting,
  movementCountOf,
  post,
  type PostingLineInput,
} from '../../ledger'
import { decimalOf } from '../../platform/rules/decimal'
import { invalid, invalidEach } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { loadReservations, releaseLines } from '../../workflow/reservations'
import { loadOpenOrder } from '../loadOrder'
import { type IngredientRow } from '../orderShape'
import { saveOrderProgress } from '../saveOrderProgress'

type Result = {
  order: string
  picked: { ingredient: string; lots: { lot: number; quantity: string }[]; pickStatus: string }[]
}

/**
 * `pickIngredients`: reserves lots for ingredient lines: the lots the user names (a line with
 * the custom strategy must name them), otherwise the line's strategy chooses. The order's own
 * reservation of the item is re-pointed onto the picked lots, which its consumption then takes
 * first; picking moves the line's pick status and the order's pick badge. More than the line
 * still needs, or than the lots hold, is refused; nothing is picked unless everything is. A
 * retry with the same `key` answers what the first request picked, and picks nothing more.
 */
export const pickIngredients = defineAction<
  { key?: string; lines: PickRequest[]; order: number },
  Result
>({
  args: { key: 'String', lines: 'JSON!', order: 'Int!' },
  costs: {},
  description: 'update manufacturing orders',
  name: 'pickIngredients',
  permission: 'manufacturingOrders.update',
  perform: async (req, args) => {
    const order = await loadOpenOrder(req, args.order)
    const clientKey = clientPostingKey(req, 'pickIngredients', args.key)
    const keyed = clientKey && postingKeyOf('manufacturing-orders', order.id, `pick/${clientKey}`)
    const replay = keyed ? await replayedPick(req, order, keyed, args.lines) : null
    if (replay) return replay
    if (!Array.isArray(args.lines) || args.lines.length === 0)
      throw invalid('lines', 'list the ingredient lines to pick')
    const rows = order.ingredients ?? []
    const chosen = ingredientPicks(args.lines, rows.map(pickableLine))
    if (!chosen.ok) throw invalidEach(chosen.problems)
    const picks = chosen.picks

    const ref = { collection: 'manufacturing-orders' as const, id: order.id }
    const key =
      keyed ||
      postingKeyOf('manufacturing-orders', order.id, `pick/${await movementCountOf(req, ref)}`)
    // The order's reservation of these items moves onto the lots picked for them: released
    // ahead of the picks in the same posting.
    const items = new Set(picks.map((p) => idOf(p.row.item)))
    const release = releaseLines(
      (await loadReservations(req, ref)).filter((held) => items.has(held.item)),
    )
    const location = idOf(order.location)
    const inputs: PostingLineInput[] = picks.map(({ asked, lots, row }) => ({
      from: location,
      item: idOf(row.item),
      quantity: asked.toFixed(),
      reason: 'reserve',
      sourceLine: `pick:${row.id}`,
      to: location,
      ...(lots.length
        ? {
            lots: lots.map((lot) => ({ lot: lot.lot as number, quantity: lot.quantity.toFixed() })),
          }
        : { strategy: row.lotStrategy === 'lifo' ? 'lifo' : 'fifo' }),
    }))
    const { movements } = await post(req, { key, lines: [...release, ...inputs], source: ref })
    const { pickedOf, saved } = await savePicks(req, order, picks, movements, release.length)
    return {
      order: order.orderNumber ?? '',
      picked: picks.map(({ row }) => ({
        ingredient: row.id!,
        lots: (pickedOf.get(row.id!) ?? []).map((l) => ({
          lot: l.lot,
          quantity: l.quantity.toFixed(),
        })),
        pickStatus: saved.ingredients?.find((r) => r.id === row.id)?.pickStatus ?? 'not_picked',
      })),
    }
  },
})

/**
 * Saves each picked line's lots and quantity (lots the line held before kept, a lot picked
 * again summed); answers the lots this pick took, by line.
 */
async function savePicks(
  req: PayloadRequest,
  order: ManufacturingOrder,
  picks: IngredientPick<{ id?: null | string }>[],
  movements: { line: number; lot: number; quantity: string }[],
  released: number,
) {
  const pickedOf = new Map<string, { lot: number; quantity: Big }[]>()
  for (const m of movements) {
    if (m.line < released) continue
    const row = picks[m.line - released]!.row
    const added = [{ lot: m.lot, quantity: new Big(m.quantity) }]
    pickedOf.set(row.id!, mergePickedLots(pickedOf.get(row.id!) ?? [], added))
  }
  const merge = (row: IngredientRow) =>
    mergePickedLots(
      (row.pickedLots ?? []).map((p) => ({ lot: idOf(p.lot), quantity: decimalOf(p.quantity) })),
      pickedOf.get(row.id!) ?? [],
    ).map((l) => ({ lot: l.lot, quantity: Number(l.quantity.toFixed()) }))
  const saved = await saveOrderProgress(req, order, {
    ingredients: (order.ingredients ?? []).map((row) => {
      const pick = picks.find((p) => p.row.id === row.id)
      return pick
        ? {
            ...row,
            pickedLots: merge(row),
            pickedQuantity: Number(decimalOf(row.pickedQuantity).plus(pick.asked).toFixed()),
          }
        : row
    }),
  })
  return { pickedOf, saved }
}

/** What a pick already posted under `key` picked, line by line as asked; null when none was. */
async function replayedPick(
  req: PayloadRequest,
  order: ManufacturingOrder,
  key: string,
  asked: PickRequest[],
): Promise<null | Result> {
  const posted = await findPosting(req, key)
  if (!posted) return null
  const reserved = posted.movements.filter((m) => m.reason === 'reserve')
  // The posting's pick lines follow the request's lines, after the released reservations.
  const lines = [...new Set(reserved.map((m) => m.line))].sort((a, b) => a - b)
  return {
    order: order.orderNumber ?? '',
    picked: lines.map((line, index) => {
      const ingredient = String(asked[index]?.ingredient ?? '')
      return {
        ingredient,
        lots: mergePickedLots(
          [],
          reserved
            .filter((m) => m.line === line)
            .map((m) => ({ lot: m.lot, quantity: new Big(m.quantity) })),
        ).map((l) => ({ lot: l.lot, quantity: l.quantity.toFixed() })),
        pickStatus: order.ingredients?.find((r) => r.id === ingredient)?.pickStatus ?? 'not_picked',
      }
    }),
  }
}

/** An ingredient row with its quantities exact, as ingredientPicks reads it. */
const pickableLine = (row: IngredientRow) => ({
  ...row,
  actualOverride:
    row.actualOverride === null || row.actualOverride === undefined
      ? null
      : decimalOf(row.actualOverride),
  backflushedQuantity: decimalOf(row.backflushedQuantity),
  pickedQuantity: decimalOf(row.pickedQuantity),
  plannedQuantity: decimalOf(row.plannedQuantity),
})
