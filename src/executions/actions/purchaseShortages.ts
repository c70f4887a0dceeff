import Big from 'big.js'

import type { Decimal } from '../../platform/rules/decimal'
import { type PurchasableItem, shortagePurchases } from '../rules/shortagePurchases'
import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { selectExecutions, type SelectedExecution } from '../selectExecutions'
import { requirementLine } from '../../workflow/productionDocument'
import { loadReservations } from '../../workflow/reservations'
import { loadStatusPostings } from '../../workflow/statusPostings'
import type { PayloadRequest } from 'payload'

type Args = { execution?: number; ids?: number[] }

type ItemRef = { item: number; name: string; sku: string }
export type ShortageOrders = {
  /** The draft purchase orders, one per primary supplier. */
  created: {
    id: number
    lines: (ItemRef & { quantity: string; unitCost: string })[]
    number: string
    supplier: number
  }[]
  /** Items short that have no primary supplier: buy them by hand. */
  unassigned: (ItemRef & { quantity: string })[]
}

/**
 * What the executions still need to buy: their supplied requirements whose stock the status rules
 * have not taken yet (materials already consumed are not needed again), summed per item.
 * Sub-recipes are made by their own executions and resources are not bought.
 */
async function openNeeds(req: PayloadRequest, executions: SelectedExecution[]) {
  const needs: { item: number; required: Decimal }[] = []
  // What the executions hold reserved is theirs already: it is not to be bought again.
  const held = new Map<number, Decimal>()
  for (const { doc, id } of executions) {
    for (const reservation of await loadReservations(req, { collection: 'executions', id }))
      held.set(
        reservation.item,
        (held.get(reservation.item) ?? new Big(0)).plus(reservation.quantity),
      )
    const posted = new Set((await loadStatusPostings(req, 'executions', id)).map((p) => p.line))
    ;(doc.requirements ?? []).forEach((requirement, index) => {
      if (requirement.kind !== 'supplied') return
      if (posted.has(requirementLine(requirement, index))) return
      needs.push({ item: idOf(requirement.item), required: new Big(requirement.requiredQuantity) })
    })
  }
  const { docs: items } = await req.payload.find({
    collection: 'items',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {
      available: true,
      kind: true,
      name: true,
      primarySupplier: true,
      sku: true,
      standardCost: true,
    },
    where: { id: { in: [...new Set(needs.map((need) => need.item))] } },
  })
  const bought = items.filter((item) => item.kind !== 'resource')
  return {
    held,
    items: new Map(bought.map((item) => [item.id, item])),
    needs: needs.filter((need) => bought.some((item) => item.id === need.item)),
  }
}

/**
 * "Create purchase order" from one execution (`execution`) or several (`ids`, summed): what they
 * need beyond what is available (on hand less others' reservations), as one draft purchase order per
 * primary supplier at each item's standard cost, for the user to review and send. Items without
 * a primary supplier are listed as `unassigned`; nothing short creates nothing.
 */
export const purchaseShortages = defineAction<Args, ShortageOrders>({
  args: { execution: 'Int', ids: 'JSON' },
  costs: { unitCost: 'purchaseOrders.viewCosts' },
  description: 'create purchase orders',
  name: 'purchaseShortages',
  permission: 'purchaseOrders.create',
  run: async (req, args) => {
    const one = args.execution !== undefined && args.execution !== null
    if (one === (args.ids !== undefined && args.ids !== null))
      throw invalid('execution', 'name one execution, or several as ids')
    const executions = one
      ? await selectExecutions(req, [args.execution], 'execution')
      : await selectExecutions(req, args.ids)
    const { held, items, needs } = await openNeeds(req, executions)
    const plan = shortagePurchases(
      needs,
      new Map(
        [...items].map(([id, item]): [number, PurchasableItem] => [
          id,
          {
            available: new Big(item.available ?? 0).plus(held.get(id) ?? 0),
            standardCost: new Big(item.standardCost ?? 0),
            supplier: item.primarySupplier ? idOf(item.primarySupplier) : null,
          },
        ]),
      ),
    )
    const ref = (item: number): ItemRef => ({
      item,
      name: items.get(item)!.name,
      sku: items.get(item)!.sku,
    })
    const codes = executions.map((execution) => execution.code).join(', ')
    const created: ShortageOrders['created'] = []
    for (const order of plan.orders) {
      const doc = await req.payload.create({
        collection: 'purchase-orders',
        data: {
          lines: order.lines.map((line) => ({
            item: line.item,
            quantity: Number(line.quantity.toFixed()),
            unitCost: Number(line.unitCost.toFixed()),
          })),
          notes: `What ${codes} still need beyond the stock available.`,
          status: 'draft',
          supplier: order.supplier,
        },
        depth: 0,
        overrideAccess: false,
        req,
        user: req.user,
      })
      created.push({
        id: doc.id,
        lines: order.lines.map((line) => ({
          ...ref(line.item),
          quantity: line.quantity.toFixed(),
          unitCost: line.unitCost.toFixed(),
        })),
        number: doc.number ?? '',
        supplier: order.supplier,
      })
    }
    return {
      created,
      unassigned: plan.unassigned.map((u) => ({ ...ref(u.item), quantity: u.quantity.toFixed() })),
    }
  },
})
