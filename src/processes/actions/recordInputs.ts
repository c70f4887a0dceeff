import type { PostingLineInput } from '../../ledger'
import { invalid } from '../../platform/errors'
import { idOf } from '../../platform/idOf'
import { type RecordArgs, recordingAction } from '../recordingAction'
import { checkLocations } from '../checkLocations'
import { loadItems } from '../loadItems'
import {
  documentId,
  lineList,
  noteOf,
  optionalId,
  positiveQuantity,
} from '../../platform/parseInput'
import { virtualLocation } from '../../inventory/virtualLocation'

/** Each: item, optional lot (else the item's FIFO/LIFO), quantity, note, location (else the run's). */
type Args = RecordArgs<{
  item: number
  location?: number
  lot?: number
  note?: string
  quantity: number | string
}>

/** "Confirm inputs": what went into a stage leaves stock for production, in one posting. */
export const recordInputs = recordingAction<Args>('inputs', async (req, args, recording) => {
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
  const drafts = lines.map((line, index) => ({
    item: items.get(line.item)!,
    kind: 'input' as const,
    lines: [index],
    location: line.location,
    note: line.note,
    quantity: line.quantity,
  }))
  return { drafts, posting }
})
