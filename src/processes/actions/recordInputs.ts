import type { PostingLineInput } from '../../ledger'
import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { defineAction } from '../../platform/defineAction'
import { beginRecording, postRecording, type Recorded } from '../beginRecording'
import { checkLocations } from '../checkLocations'
import { loadItems } from '../loadItems'
import {
  documentId,
  lineList,
  noteOf,
  optionalId,
  positiveQuantity,
} from '../../platform/parseInput'
import { writeEntries } from '../writeEntries'
import { virtualLocation } from '../../inventory/virtualLocation'

type Args = {
  key?: string
  /** Each: item, optional lot (else the item's FIFO/LIFO), quantity, note, location (else the run's). */
  lines: {
    item: number
    location?: number
    lot?: number
    note?: string
    quantity: number | string
  }[]
  run: number
  stage: string
}

/** "Confirm inputs": what went into a stage leaves stock for production, in one posting. */
export const recordInputs = defineAction<Args, Recorded>({
  args: { key: 'String', lines: 'JSON!', run: 'Int!', stage: 'String!' },
  costs: { cost: 'productionRuns.viewCosts', unitCost: 'items.viewCosts' },
  description: 'record stage entries',
  name: 'recordInputs',
  permission: 'productionRuns.record',
  perform: async (req, args) => {
    const recording = await beginRecording(req, args, 'inputs')
    if (recording.replay) return recording.replay
    const { run, stage } = recording
    const lines = lineList(args.lines).map((line, index) => ({
      item: documentId(line.item, `lines[${index}].item`, 'an item'),
      location:
        optionalId(line.location, `lines[${index}].location`, 'a location') ?? idOf(run.location),
      lot: optionalId(line.lot, `lines[${index}].lot`, 'a lot'),
      note: noteOf(line.note, `lines[${index}].note`),
      quantity: positiveQuantity(line.quantity, `lines[${index}].quantity`),
    }))
    await checkLocations(
      req,
      lines.flatMap((line, index) =>
        line.location === idOf(run.location)
          ? []
          : [{ id: line.location, path: `lines[${index}].location` }],
      ),
    )
    const items = await loadItems(
      req,
      lines.map((line, index) => ({ id: line.item, path: `lines[${index}].item` })),
    )
    lines.forEach((line, index) => {
      const item = items.get(line.item)!
      if (item.lotStrategy === 'custom' && line.lot === undefined)
        throw invalid(`lines[${index}].lot`, `${item.sku} uses custom lot selection: name the lot`)
    })
    const production = await virtualLocation(req, 'production')
    const posting: PostingLineInput[] = lines.map((line, index) => ({
      from: line.location,
      item: line.item,
      ...(line.lot === undefined ? {} : { lot: line.lot }),
      quantity: line.quantity.toFixed(),
      reason: 'consume',
      sourceLine: `${stage.id}/input/${index}`,
      to: production,
    }))
    const result = await postRecording(req, recording, posting)
    const entries = await writeEntries(
      req,
      recording,
      lines.map((line, index) => ({
        item: items.get(line.item)!,
        kind: 'input',
        lines: [index],
        location: line.location,
        note: line.note,
        quantity: line.quantity,
      })),
      result.movements,
    )
    return { entries, movements: result.movements, replayed: false }
  },
})
