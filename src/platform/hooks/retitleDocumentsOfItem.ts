import type { CollectionAfterChangeHook, Payload } from 'payload'

import type { TitleFieldCustom } from '../collections/titleField'
import { documentTitle } from '../rules/documentTitle'
import { json, query, sql, transactionDb } from '../transactionDb'

/** Every collection with a title field (see titleField): its table and its number's column. */
function titledTables(payload: Payload) {
  return payload.config.collections.flatMap((collection) => {
    const field = collection.fields.find((f) => 'name' in f && f.name === 'title')
    const custom = field?.custom as Partial<TitleFieldCustom> | undefined
    return custom?.titleNumberColumn
      ? [{ numberColumn: custom.titleNumberColumn, table: collection.slug.replace(/-/g, '_') }]
      : []
  })
}

/**
 * When an item is renamed, the documents that make it take the new name into their titles, in
 * the same transaction (see keepDocumentTitle).
 */
export const retitleDocumentsOfItem: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.name === doc.name) return doc
  const db = await transactionDb(req)
  for (const { numberColumn, table } of titledTables(req.payload)) {
    const rows = await query<{ id: number; number: null | string }>(
      db,
      sql`select id, ${sql.identifier(numberColumn)} as number from ${sql.identifier(table)}
          where product_id = ${doc.id}`,
    )
    if (rows.length === 0) continue
    const titles = rows.map((row) => ({ id: row.id, title: documentTitle(row.number, doc.name) }))
    await query(
      db,
      sql`update ${sql.identifier(table)} t set title = v.title
          from jsonb_to_recordset(${json(titles)}) as v(id int, title text) where t.id = v.id`,
    )
  }
  return doc
}
