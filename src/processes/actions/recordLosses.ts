import type { LotQuantity } from '../rules/workInProcess'
import type { PostingLineInput } from '../../ledger'
import type { Item } from '../../payload-types'
import { isLossKind, type LossKind, lossKinds } from '../rules/stageSummary'
import { lotsInProcess, pickLostLots } from '../rules/workInProcess'
import { conflict, invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { idOf } from '../../platform/idOf'
import { beginRecording, postRecording, type Recorded } from '../beginRecording'
import { loadItems } from '../loadItems'
import { lotReceipts } from '../lotReceipts'
import { documentId, lineList, noteOf, positiveQuantity } from '../../platform/parseInput'
import { movementsOf, stageHistory } from '../stageHistory'
import { type EntryDraft, writeEntries } from '../writeEntries'
import { virtualLocation } from '../../inventory/virtualLocation'

type Args = {
  key?: string
  /** Each: type waste | rejection | scrap, the item lost, quantity, note. */
  lines: { item: number; note?: string; quantity: number | string; type: LossKind }[]
  run: number
  stage: string
}

const reasons = { rejection: 'loss_rejection', scrap: 'scrap', waste: 'loss_waste' } as const

/**
 * "Confirm losses": what a stage lost of what it took in. It leaves the stage's work in process
 * (the virtual production location, from the lots the stage consumed) for the loss location;
 * the stock on the floor already gave it up as an input. Scrap is also added back to stock, at
 * the run's location, as the item's scrap item (its own SKU, at that item's standard cost).
 */
export const recordLosses = defineAction<Args, Recorded>({
  args: { key: 'String', lines: 'JSON!', run: 'Int!', stage: 'String!' },
  costs: { cost: 'productionRuns.viewCosts', unitCost: 'items.viewCosts' },
  description: 'record stage entries',
  name: 'recordLosses',
  permission: 'productionRuns.record',
  perform: async (req, args) => {
    const recording = await beginRecording(req, args, 'losses')
    if (recording.replay) return recording.replay
    const { run, stage } = recording
    const lines = lineList(args.lines).map((line, index) => {
      const at = (field: string) => `lines[${index}].${field}`
      if (!isLossKind(line.type))
        throw invalid(at('type'), `must be one of ${lossKinds.join(', ')}`)
      return {
        item: documentId(line.item, at('item'), 'an item'),
        note: noteOf(line.note, at('note')),
        quantity: positiveQuantity(line.quantity, at('quantity')),
        type: line.type,
      }
    })
    const items = await loadItems(
      req,
      lines.map((line, index) => ({ id: line.item, path: `lines[${index}].item` })),
    )
    lines.forEach((line, index) => {
      const item = items.get(line.item)!
      if (line.type === 'scrap' && !item.scrapItem)
        throw invalid(
          `lines[${index}].item`,
          `${item.sku} (${item.name}) has no scrap item, so it cannot be scrapped: set its scrap item, or record the loss as waste`,
        )
      if (line.type === 'scrap' && idOf(item.scrapItem) === item.id)
        throw invalid(`lines[${index}].item`, `${item.sku} names itself as its scrap item`)
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

    const history = await stageHistory(req, run.id, stage.id)
    const taken = movementsOf(history, ['input'])
    const lost: LotQuantity[] = movementsOf(history, lossKinds)
    const received = await lotReceipts(
      req,
      taken.map((m) => m.lot),
    )
    const [production, loss] = [
      await virtualLocation(req, 'production'),
      await virtualLocation(req, 'loss'),
    ]
    const location = idOf(run.location)
    const posting: PostingLineInput[] = []
    const drafts: EntryDraft[] = []
    for (const [index, line] of lines.entries()) {
      const item = items.get(line.item)!
      const ofItem = taken.filter((m) => m.item === item.id)
      if (ofItem.length === 0)
        throw invalid(
          `lines[${index}].item`,
          `${item.sku} (${item.name}) did not go into "${stage.name}": a loss is part of what the stage took in, so record it as an input first`,
        )
      // A lot is of one item: what was lost from the item's lots was lost of the item.
      const lots = new Set(ofItem.map((m) => m.lot))
      const held = lotsInProcess(
        ofItem,
        lost.filter((l) => lots.has(l.lot)),
      )
      const picked = pickLostLots(
        held,
        received,
        line.quantity,
        item.lotStrategy === 'lifo' ? 'lifo' : 'fifo',
      )
      if (!picked.ok)
        throw conflict(
          `lines[${index}].quantity: "${stage.name}" holds only ${picked.available.toFixed()} ${item.unit} of ${item.sku} that it took in and has not yet lost; ${line.quantity.toFixed()} ${item.unit} required. Nothing was written.`,
        )
      lost.push(...picked.picks)
      const first = posting.length
      posting.push({
        from: production,
        item: item.id,
        lots: picked.picks.map((pick) => ({ lot: pick.lot, quantity: pick.quantity.toFixed() })),
        quantity: line.quantity.toFixed(),
        reason: reasons[line.type],
        sourceLine: `${stage.id}/${line.type}/${index}`,
        to: loss,
      })
      const scrapItem: Item | undefined =
        line.type === 'scrap' ? scrapItems.get(idOf(item.scrapItem)) : undefined
      if (scrapItem)
        posting.push({
          from: production,
          item: scrapItem.id,
          newLot: { unitCost: String(scrapItem.standardCost ?? 0) },
          quantity: line.quantity.toFixed(),
          reason: 'scrap',
          sourceLine: `${stage.id}/scrap/${index}`,
          to: location,
        })
      drafts.push({
        item,
        kind: line.type,
        lines: scrapItem ? [first, first + 1] : [first],
        location: scrapItem ? location : null,
        note: line.note,
        quantity: line.quantity,
        scrapItem,
      })
    }
    const result = await postRecording(req, recording, posting)
    const entries = await writeEntries(req, recording, drafts, result.movements)
    return { entries, movements: result.movements, replayed: false }
  },
})
