import Big from 'big.js'

import type { Decimal } from '../../platform/rules/decimal'

type Row = { batchNumber?: null | number; id?: null | string; status?: null | string }

export type OutputRowChoice<R extends Row> =
  | { ok: true; row: R | { id: string; status: 'pending' } }
  | { code: 'no_batch'; ok: false }
  | { batchNumber: null | number | undefined; code: 'batch_completed'; ok: false }
  | { code: 'already_recorded'; ok: false }

/**
 * The output row a recording completes. Batch mode completes the batch named by its row id or
 * batch number, once; discrete mode adds a row whose id comes from the caller's key, so the same
 * key twice is the same row and is refused the second time.
 */
export function outputRowToRecord<R extends Row>(args: {
  mode: null | string | undefined
  /** The row the caller named (batch mode). */
  named: null | string | undefined
  /** The id a new row gets (discrete mode). */
  newRowId: string
  rows: readonly R[]
}): OutputRowChoice<R> {
  const { named, rows } = args
  if (args.mode === 'batch') {
    const found = rows.find((r) => r.id === named || String(r.batchNumber) === String(named))
    if (!found) return { code: 'no_batch', ok: false }
    if (found.status === 'completed')
      return { batchNumber: found.batchNumber, code: 'batch_completed', ok: false }
    return { ok: true, row: found }
  }
  if (rows.some((r) => r.id === args.newRowId)) return { code: 'already_recorded', ok: false }
  return { ok: true, row: { id: args.newRowId, status: 'pending' } }
}

/** What the status rules already posted of each line, summed by line. */
export function postedByLine(postings: readonly { line: string; quantity: string }[]) {
  const posted = new Map<string, Decimal>()
  for (const posting of postings)
    posted.set(posting.line, (posted.get(posting.line) ?? new Big(0)).plus(posting.quantity))
  return posted
}
