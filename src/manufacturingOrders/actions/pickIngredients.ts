import Big from 'big.js'

import { decimalOf, parseDecimal, problemText } from '../../platform/rules/decimal'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { postingTarget } from '../rules/remainingToPost'
import { movementCountOf, post, type PostingLineInput } from '../../ledger'
import { invalid, invalidEach } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { loadReservations, releaseLines } from '../../workflow/reservations'
import { loadOpenOrder } from '../loadOrder'
import { type IngredientRow } from '../orderShape'
import { saveOrderProgress } from '../saveOrderProgress'

type PickLine = {
  ingredient: string
  lots?: { lot: number; quantity: unknown }[]
  quantity?: unknown
}

type Result = {
  order: string
  picked: { ingredient: string; lots: { lot: number; quantity: string }[]; pickStatus: string }[]
}

/**
 * `pickIngredients`: reserves lots for ingredient lines: the lots the user names (a line with
 * the custom strategy must name them), otherwise the line's strategy chooses. The order's own
 * reservation of the item is re-pointed onto the picked lots, which its consumption then takes
 * first; picking moves the line's pick status and the order's pick badge. More than the line
 * still needs, or than the lots hold, is refused; nothing is picked unless everything is.
 */
export const pickIngredients = defineAction<{ lines: PickLine[]; order: number }, Result>({
  args: { lines: 'JSON!', order: 'Int!' },
  costs: {},
  description: 'update manufacturing orders',
  name: 'pickIngredients',
  permission: 'manufacturingOrders.update',
  perform: async (req, args) => {
    const order = await loadOpenOrder(req, args.order)
    if (!Array.isArray(args.lines) || args.lines.length === 0)
      throw invalid('lines', 'list the ingredient lines to pick')
    const rows = order.ingredients ?? []
    const problems: { message: string; path: string }[] = []
    const picks = args.lines.flatMap((line, index) => {
      const at = (field: string) => `lines[${index}].${field}`
      const row = rows.find((r) => r.id === line?.ingredient)
      if (!row) {
        problems.push({ message: 'no such ingredient line on this order', path: at('ingredient') })
        return []
      }
      const open = postingTarget({
        actualQuantity:
          row.actualQuantity === null || row.actualQuantity === undefined
            ? null
            : decimalOf(row.actualQuantity),
        plannedQuantity: decimalOf(row.plannedQuantity),
      })
        .minus(decimalOf(row.pickedQuantity))
        .minus(decimalOf(row.backflushedQuantity))
      const lots = (line.lots ?? []).map((lot, n) => {
        const quantity = parseDecimal(lot?.quantity, 'positive')
        if (!quantity.ok)
          problems.push({ message: problemText[quantity.problem], path: at(`lots[${n}].quantity`) })
        if (!Number.isSafeInteger(lot?.lot))
          problems.push({ message: 'must be a lot id', path: at(`lots[${n}].lot`) })
        return { lot: lot?.lot, quantity: quantity.ok ? quantity.value : new Big(0) }
      })
      if (row.lotStrategy === 'custom' && lots.length === 0)
        problems.push({ message: 'this line picks custom lots: name them', path: at('lots') })
      const asked =
        lots.length > 0
          ? lots.reduce((total, lot) => total.plus(lot.quantity), new Big(0))
          : line.quantity === undefined
            ? open
            : (() => {
                const q = parseDecimal(line.quantity, 'positive')
                if (!q.ok) problems.push({ message: problemText[q.problem], path: at('quantity') })
                return q.ok ? q.value : new Big(0)
              })()
      if (asked.lte(0) && problems.length === 0)
        problems.push({ message: `${row.sku} needs nothing more picked`, path: at('ingredient') })
      else if (asked.gt(open))
        problems.push({
          message: `${row.sku} needs ${open.toFixed()} more, not ${asked.toFixed()}`,
          path: at('quantity'),
        })
      return [{ asked, lots, row }]
    })
    if (problems.length > 0) throw invalidEach(problems)

    const ref = { collection: 'manufacturing-orders' as const, id: order.id }
    const n = await movementCountOf(req, ref)
    const key = postingKeyOf('manufacturing-orders', order.id, `pick/${n}`)
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
    const pickedOf = new Map<string, { lot: number; quantity: Big }[]>()
    movements.forEach((m) => {
      if (m.line < release.length) return
      const row = picks[m.line - release.length]!.row
      const list = pickedOf.get(row.id!) ?? []
      const same = list.find((l) => l.lot === m.lot)
      if (same) same.quantity = same.quantity.plus(m.quantity)
      else list.push({ lot: m.lot, quantity: new Big(m.quantity) })
      pickedOf.set(row.id!, list)
    })
    const merge = (row: IngredientRow) => {
      const lots = (row.pickedLots ?? []).map((p) => ({
        lot: idOf(p.lot),
        quantity: decimalOf(p.quantity),
      }))
      for (const add of pickedOf.get(row.id!) ?? []) {
        const same = lots.find((l) => l.lot === add.lot)
        if (same) same.quantity = same.quantity.plus(add.quantity)
        else lots.push(add)
      }
      return lots.map((l) => ({ lot: l.lot, quantity: Number(l.quantity.toFixed()) }))
    }
    const saved = await saveOrderProgress(req, order, {
      ingredients: rows.map((row) => {
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
