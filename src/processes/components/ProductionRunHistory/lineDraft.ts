export type ItemOption = {
  id: number
  name: string
  scrapItem?: null | number
  sku: string
  unit: string
}
export type LineDraft = {
  item: string
  lot: string
  newItem: { name: string; sku: string; unit: string }
  note: string
  quantity: string
  type: 'rejection' | 'scrap' | 'waste'
}
export type LineKind = 'inputs' | 'losses' | 'outputs'

/** The item select's choice of a new item, made with the output. */
export const NEW = 'new'

/** The line as the action takes it. */
export function lineArgs(kind: LineKind, line: LineDraft): Record<string, unknown> {
  const note = line.note.trim() ? { note: line.note.trim() } : {}
  if (kind === 'outputs' && line.item === NEW)
    return { newItem: line.newItem, quantity: line.quantity, ...note }
  const item = line.item ? Number(line.item) : undefined
  if (kind === 'losses') return { item, quantity: line.quantity, type: line.type, ...note }
  if (kind === 'inputs')
    return {
      item,
      ...(line.lot ? { lot: Number(line.lot) } : {}),
      quantity: line.quantity,
      ...note,
    }
  return { item, quantity: line.quantity, ...note }
}
