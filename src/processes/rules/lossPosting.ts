import type { Decimal } from '../../platform/rules/decimal'
import type { LossKind } from './stageSummary'
import type { LotQuantity } from './workInProcess'

const reasons = { rejection: 'loss_rejection', scrap: 'scrap', waste: 'loss_waste' } as const

/** Why an item cannot be scrapped, or null when it can: it needs a scrap item other than itself. */
export function scrapItemProblem(item: {
  id: number
  name?: null | string
  scrapItem: null | number
  sku?: null | string
}): null | string {
  if (item.scrapItem === null)
    return `${item.sku} (${item.name}) has no scrap item, so it cannot be scrapped: set its scrap item, or record the loss as waste`
  if (item.scrapItem === item.id) return `${item.sku} names itself as its scrap item`
  return null
}

/**
 * The movements of one loss: the lost lots leave work in process for the loss location; scrap
 * also comes back to stock at the run's location as a new lot of the scrap item, at its cost.
 */
export function lossMovements(args: {
  index: number
  item: number
  kind: LossKind
  locations: { loss: number; production: number; run: number }
  picks: readonly LotQuantity[]
  quantity: Decimal
  scrap?: { id: number; standardCost?: null | number }
  stage: string
}) {
  const { index, kind, locations, quantity, scrap, stage } = args
  const lost = {
    from: locations.production,
    item: args.item,
    lots: args.picks.map((pick) => ({ lot: pick.lot, quantity: pick.quantity.toFixed() })),
    quantity: quantity.toFixed(),
    reason: reasons[kind],
    sourceLine: `${stage}/${kind}/${index}`,
    to: locations.loss,
  }
  if (!scrap) return [lost]
  const scrapped = {
    from: locations.production,
    item: scrap.id,
    newLot: { unitCost: String(scrap.standardCost ?? 0) },
    quantity: quantity.toFixed(),
    reason: 'scrap' as const,
    sourceLine: `${stage}/scrap/${index}`,
    to: locations.run,
  }
  return [lost, scrapped]
}
