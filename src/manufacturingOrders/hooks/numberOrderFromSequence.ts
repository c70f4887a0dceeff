import type { CollectionAfterChangeHook } from 'payload'

import { formatDocumentNumber } from '../../platform/rules/documentNumber'
import { query, sql, transactionDb } from '../../platform/transactionDb'

/**
 * Numbers a new order MO-000042 from a Postgres sequence: distinct under any number of
 * concurrent creates on any number of servers, with no max + 1 to race on.
 */
export const numberOrderFromSequence: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.orderNumber) return doc
  const db = await transactionDb(req)
  const [{ n }] = await query<{ n: string }>(
    db,
    sql`select nextval('manufacturing_order_number_seq')::text as n`,
  )
  const orderNumber = formatDocumentNumber('MO', Number(n))
  await query(
    db,
    sql`update manufacturing_orders set order_number = ${orderNumber} where id = ${doc.id}`,
  )
  return { ...doc, orderNumber }
}
