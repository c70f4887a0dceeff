import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { refOf } from '../idOf'
import { documentTitle } from '../rules/documentTitle'
import { query, sql, transactionDb } from '../transactionDb'

async function productName(req: PayloadRequest, product: unknown): Promise<null | string> {
  if (product && typeof product === 'object' && 'name' in product)
    return String((product as { name: unknown }).name)
  const id = refOf(product)
  if (id === null) return null
  const item = await req.payload.findByID({
    collection: 'items',
    depth: 0,
    disableErrors: true,
    id,
    req,
    select: { name: true },
  })
  return item?.name ?? null
}

/**
 * Keeps `title` as the document's number and product after every save (after the number is
 * assigned), written in the saving transaction; `numberField` names the number.
 */
export const keepDocumentTitle =
  (numberField: string): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const title = documentTitle(doc[numberField], await productName(req, doc.product))
    if (doc.title === title) return doc
    const table = sql.identifier(collection.slug.replace(/-/g, '_'))
    await query(
      await transactionDb(req),
      sql`update ${table} set title = ${title} where id = ${doc.id}`,
    )
    return { ...doc, title }
  }
