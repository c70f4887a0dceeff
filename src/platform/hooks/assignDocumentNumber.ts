import type { CollectionAfterChangeHook } from 'payload'

import { formatDocumentNumber } from '../rules/documentNumber'
import { query, sql, transactionDb } from '../transactionDb'

/**
 * Numbers a new document `<prefix>-000042` from its id: unique under concurrent creates without a
 * counter to contend on, and written in the creating transaction.
 */
export const assignDocumentNumber =
  (prefix: string, field = 'number'): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    if (operation !== 'create' || doc[field]) return doc
    const number = formatDocumentNumber(prefix, doc.id)
    const table = sql.identifier(collection.slug.replace(/-/g, '_'))
    await query(
      await transactionDb(req),
      sql`update ${table} set ${sql.identifier(field)} = ${number} where id = ${doc.id}`,
    )
    return { ...doc, [field]: number }
  }
