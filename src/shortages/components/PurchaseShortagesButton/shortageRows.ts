import type { ShortagePreview } from '../../actions/previewShortagePurchases'

import { fetchJson, postAction } from '../../../platform/components/fetchJson'

export type Named = { id: number; name: string }
type PreviewItem = ShortagePreview['items'][number]
export type Row = PreviewItem & { include: boolean; quantity: string; supplierId: string }
export type Documents = Awaited<ReturnType<typeof documentsOf>>

/**
 * What is short for the page's document: an execution, a manufacturing order, or a material
 * requisition, whose shortages are those of the executions it serves.
 */
async function documentsOf(api: string, collection: string, id: number) {
  if (collection === 'manufacturing-orders') return { collection, ids: [id] }
  if (collection !== 'material-requisitions') return { collection: 'executions', ids: [id] }
  const requisition = await fetchJson<{ executions?: number[] }>(
    `${api}/material-requisitions/${id}?depth=0`,
  )
  return { collection: 'executions', ids: requisition.executions ?? [] }
}

/**
 * The documents short of stock and their preview as rows: what is short is checked, with its
 * primary supplier chosen where it has one.
 */
export async function shortageRows(api: string, collection: string, id: number) {
  const documents = await documentsOf(api, collection, id)
  const preview = await postAction<ShortagePreview>(api, 'previewShortagePurchases', { documents })
  const rows: Row[] = preview.items.map((item) => ({
    ...item,
    include: Number(item.short) > 0,
    supplierId: item.supplier ? String(item.supplier.id) : '',
  }))
  return { documents, rows }
}

/** The user's suppliers, then the rows' primary suppliers that the user's list does not hold. */
export const supplierOptions = (suppliers: Named[], rows: Row[]) => [
  ...suppliers,
  ...rows
    .flatMap((row) => (row.supplier ? [row.supplier] : []))
    .filter(
      (s, i, all) =>
        !suppliers.some((o) => o.id === s.id) && all.findIndex((o) => o.id === s.id) === i,
    ),
]
