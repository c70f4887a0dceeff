import type { LotQuantity } from '../rules/workInProcess'
import type { PostingLineInput } from '../../ledger'
import type { Item } from '../../payload-types'
import type { PayloadRequest } from 'payload'
import { lossMovements, scrapItemProblem } from '../rules/lossPosting'
import { isLossKind, type LossKind, lossKinds } from '../rules/stageSummary'
import { lotsInProcess, pickLostLots } from '../rules/workInProcess'
import { conflict, invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { type RecordArgs, recordingAction } from '../recordingAction'
import type { Decimal } from '../../platform/rules/decimal'
import { loadItems } from '../loadItems'
import { lotReceipts } from '../lotReceipts'
import { documentId, lineList, noteOf, positiveQuantity } from '../../platform/parseInput'
import { movementsOf, stageHistory } from '../stageHistory'
import type { EntryDraft } from '../writeEntries'
import { virtualLocation } from '../../inventory/virtualLocation'

/** Each: type waste | rejection | scrap, the item lost, quantity, note. */
type Args = RecordArgs<{ item: number; note?: string; quantity: number | string; type: LossKind }>

/**
 * "Confirm losses": what a stage lost of what it took in. It leaves the stage's work in process
 * (the virtual production location, from the lots the stage consumed) for the loss location;
 * the stock on the floor already gave it up as an input. Scrap is also added back to stock, at
 * the run's location, as the item's scrap item (its own SKU, at that item's standard cost).
 */
export const recordLosses = recordingAction<Args>('losses', async (req, args, recording) => {
  const { run, stage } = recording
  const lines = lossLines(args)
  const { items, scrapItems } = await loadLossItems(req, lines)
  const history = await stageHistory(req, run.id, stage.id)
  const taken = movementsOf(history, ['input'])
  const lost: LotQuantity[] = movementsOf(history, lossKinds)
  const received = await lotReceipts(
    req,
    taken.map((m) => m.lot),
  )
  const production = await virtualLocation(req, 'production')
  const locations = {
    loss: await virtualLocation(req, 'loss'),
    production,
    run: idOf(run.location),
  }
  const posting: PostingLineInput[] = []
  const drafts: EntryDraft[] = []
  for (const [index, line] of lines.entries()) {
    const item = items.get(line.item)!
    const picked = pickLostOfStage({ index, item, line, lost, received, stage, taken })
    lost.push(...picked)
    const first = posting.length
    const scrapItem: Item | undefined =
      line.type === 'scrap' ? scrapItems.get(idOf(item.scrapItem)) : undefined
    posting.push(
      ...lossMovements({
        ...line,
        index,
        item: item.id,
        kind: line.type,
        locations,
        picks: picked,
        scrap: scrapItem,
        stage: stage.id,
      }),
    )
    drafts.push({
      item,
      kind: line.type,
      lines: scrapItem ? [first, first + 1] : [first],
      location: scrapItem ? locations.run : null,
      note: line.note,
      quantity: line.quantity,
      scrapItem,
    })
  }
  return { drafts, posting }
})

type LossLine = { item: number; note: null | string; quantity: Decimal; type: LossKind }

/** The lines as asked, each of a loss kind, an item and a positive quantity. */
const lossLines = (args: Args) =>
  lineList(args.lines).map((line, index) => {
    const at = (field: string) => `lines[${index}].${field}`
    if (!isLossKind(line.type)) throw invalid(at('type'), `must be one of ${lossKinds.join(', ')}`)
    return {
      item: documentId(line.item, at('item'), 'an item'),
      note: noteOf(line.note, at('note')),
      quantity: positiveQuantity(line.quantity, at('quantity')),
      type: line.type,
    }
  })

/** The items lost, and the scrap item of each scrapped one (refused when it has none). */
async function loadLossItems(req: PayloadRequest, lines: LossLine[]) {
  const items = await loadItems(
    req,
    lines.map((line, index) => ({ id: line.item, path: `lines[${index}].item` })),
  )
  lines.forEach((line, index) => {
    const item = items.get(line.item)!
    if (line.type !== 'scrap') return
    const problem = scrapItemProblem({
      ...item,
      scrapItem: item.scrapItem ? idOf(item.scrapItem) : null,
    })
    if (problem) throw invalid(`lines[${index}].item`, problem)
  })
  const scrapItems = await loadItems(
    req,
    lines.flatMap((line, index) => {
      const scrapItem = items.get(line.item)!.scrapItem
      return line.type === 'scrap' && scrapItem
        ? [{ id: idOf(scrapItem), path: `lines[${index}].item` }]
        : []
    }),
  )
  return { items, scrapItems }
}

/**
 * The lots a loss line takes from what the stage took in of its item and has not yet lost
 * (see pickLostLots); refused when the stage never took the item in, or holds too little of it.
 */
function pickLostOfStage(args: {
  index: number
  item: Item
  line: LossLine
  lost: LotQuantity[]
  received: Awaited<ReturnType<typeof lotReceipts>>
  stage: { name?: null | string }
  taken: ReturnType<typeof movementsOf>
}): LotQuantity[] {
  const { index, item, line, stage } = args
  const ofItem = args.taken.filter((m) => m.item === item.id)
  if (ofItem.length === 0)
    throw invalid(
      `lines[${index}].item`,
      `${item.sku} (${item.name}) did not go into "${stage.name}": a loss is part of what the stage took in, so record it as an input first`,
    )
  // A lot is of one item: what was lost from the item's lots was lost of the item.
  const lots = new Set(ofItem.map((m) => m.lot))
  const held = lotsInProcess(
    ofItem,
    args.lost.filter((l) => lots.has(l.lot)),
  )
  const picked = pickLostLots(
    held,
    args.received,
    line.quantity,
    item.lotStrategy === 'lifo' ? 'lifo' : 'fifo',
  )
  if (!picked.ok)
    throw conflict(
      `lines[${index}].quantity: "${stage.name}" holds only ${picked.available.toFixed()} ${item.unit} of ${item.sku} that it took in and has not yet lost; ${line.quantity.toFixed()} ${item.unit} required. Nothing was written.`,
    )
  return picked.picks
}
