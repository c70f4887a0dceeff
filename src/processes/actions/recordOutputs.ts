import type { Decimal } from '../../platform/rules/decimal'
import type { PostingLineInput } from '../../ledger'
import type { Item } from '../../payload-types'
import { consumedCost, outputUnitCost } from '../../ledger'
import { sum, zero } from '../../platform/rules/decimal'
import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { type RecordArgs, recordingAction } from '../recordingAction'
import { createNewItem, type NewItem, readNewItem } from '../createNewItem'
import { loadItems } from '../loadItems'
import { documentId, lineList, noteOf, positiveQuantity } from '../../platform/parseInput'
import { movementsOf, stageHistory } from '../stageHistory'
import { virtualLocation } from '../../inventory/virtualLocation'

/** Each: an existing `item` or a `newItem` { name, sku, unit } to create, quantity, note. */
type Args = RecordArgs<{
  item?: number
  newItem?: { name: string; sku: string; unit: string }
  note?: string
  quantity: number | string
}>

/**
 * "Confirm outputs": what a stage produced enters the run's location in new lots. Their unit
 * cost is the stage's consumed input cost over its output quantity (this one included); a stage
 * that consumed nothing yet produces at the item's standard cost.
 */
export const recordOutputs = recordingAction<Args>('outputs', async (req, args, recording) => {
  const { run, stage } = recording
  const lines = outputLines(args)
  const existing = await loadItems(
    req,
    lines.flatMap((line, index) =>
      line.item === null ? [] : [{ id: line.item, path: `lines[${index}].item` }],
    ),
  )
  const skus = lines.flatMap((line) => (line.newItem ? [line.newItem.sku] : []))
  const twice = skus.find((sku, index) => skus.indexOf(sku) !== index)
  if (twice) throw invalid('lines', `newItem SKU ${twice} is given twice`)

  const history = await stageHistory(req, run.id, stage.id)
  const inputs = movementsOf(history, ['input'])
  const produced = sum(movementsOf(history, ['output']).map((m) => m.quantity))
  const unitCost: Decimal | null = inputs.length
    ? outputUnitCost(
        consumedCost(inputs),
        zero,
        produced.plus(sum(lines.map((line) => line.quantity))),
      )
    : null

  // Only now, with every line valid, create the items named inline (rolled back on any error).
  const items: Item[] = []
  for (const [index, line] of lines.entries()) {
    items.push(
      line.newItem
        ? await createNewItem(req, line.newItem as NewItem, `lines[${index}].newItem`)
        : existing.get(line.item!)!,
    )
  }
  const production = await virtualLocation(req, 'production')
  const location = idOf(run.location)
  const posting: PostingLineInput[] = lines.map((line, index) => ({
    from: production,
    item: items[index]!.id,
    newLot: { unitCost: unitCost?.toFixed() ?? String(items[index]!.standardCost ?? 0) },
    quantity: line.quantity.toFixed(),
    reason: 'produce',
    sourceLine: `${stage.id}/output/${index}`,
    to: location,
  }))
  const drafts = lines.map((line, index) => ({
    item: items[index]!,
    kind: 'output' as const,
    lines: [index],
    location,
    note: line.note,
    quantity: line.quantity,
  }))
  return { drafts, posting }
})

/** The lines as asked: each an existing item or a new one to create, and a positive quantity. */
const outputLines = (args: Args) =>
  lineList(args.lines).map((line, index) => {
    const at = (field: string) => `lines[${index}].${field}`
    if ((line.item === undefined) === (line.newItem === undefined))
      throw invalid(at('item'), 'give an item or a newItem to create, not both')
    return {
      item: line.item === undefined ? null : documentId(line.item, at('item'), 'an item'),
      newItem: line.newItem === undefined ? null : readNewItem(line.newItem, at('newItem')),
      note: noteOf(line.note, at('note')),
      quantity: positiveQuantity(line.quantity, at('quantity')),
    }
  })
