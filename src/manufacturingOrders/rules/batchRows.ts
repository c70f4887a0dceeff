import type { Decimal } from '../../platform/rules/decimal'

export type BatchStatus = 'pending' | 'in_progress' | 'completed'

/** An output row of a batch-mode order. */
export type BatchRow = { batchNumber: number; plannedQuantity: Decimal; status: BatchStatus }

export type BatchRowsResult<Row extends BatchRow> =
  | { ok: true; rows: (Row | BatchRow)[] }
  | { batches: number; code: 'invalid_batches'; ok: false }
  | {
      code: 'below_non_pending'
      /** The fewest batches allowed. */
      minimum: number
      /** How many rows are in progress or completed. */
      nonPending: number
      ok: false
    }

/**
 * The output rows for `batches` batches. Rows in progress or completed stay exactly as they are,
 * batch number included (their lot and postings are tied to it); pending rows are regenerated
 * into the free numbers from 1 up, each planned at `outputPerBatch`, so the rows are numbered
 * 1..batches. Fewer batches than the non-pending rows is refused, and so is a count below a
 * non-pending row's number (a batch started out of order), which would leave a gap.
 */
export function batchRows<Row extends BatchRow>(
  existing: readonly Row[],
  batches: number,
  outputPerBatch: Decimal,
): BatchRowsResult<Row> {
  if (!Number.isSafeInteger(batches) || batches < 1) {
    return { batches, code: 'invalid_batches', ok: false }
  }
  const kept = existing.filter((row) => row.status !== 'pending')
  const minimum = Math.max(kept.length, ...kept.map((row) => row.batchNumber))
  if (batches < minimum) {
    return { code: 'below_non_pending', minimum, nonPending: kept.length, ok: false }
  }
  const byNumber = new Map(kept.map((row) => [row.batchNumber, row]))
  const rows = Array.from(
    { length: batches },
    (_, index): Row | BatchRow =>
      byNumber.get(index + 1) ?? {
        batchNumber: index + 1,
        plannedQuantity: outputPerBatch,
        status: 'pending',
      },
  )
  return { ok: true, rows }
}

/**
 * The batch being worked on: once work on the order has started (something picked or output
 * recorded) and no batch is in progress, the lowest-numbered pending batch is. Recording a batch
 * completes it, so the next one then becomes the batch under way. Otherwise the rows stay.
 */
export function startNextBatch<Row extends Pick<BatchRow, 'batchNumber' | 'status'>>(
  rows: readonly Row[],
  workStarted: boolean,
): Row[] {
  if (!workStarted || rows.some((row) => row.status === 'in_progress')) return [...rows]
  const pending = rows.filter((row) => row.status === 'pending')
  if (pending.length === 0) return [...rows]
  const next = Math.min(...pending.map((row) => row.batchNumber))
  return rows.map((row) =>
    row.status === 'pending' && row.batchNumber === next ? { ...row, status: 'in_progress' } : row,
  )
}
