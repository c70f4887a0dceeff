import Big from 'big.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type BatchRow, batchRows } from './batchRows'

const statusArb = fc.constantFrom('pending' as const, 'in_progress' as const, 'completed' as const)

/** Rows numbered 1..n in any statuses, as an earlier call would have left them. */
const rowsArb = fc.array(statusArb, { maxLength: 12 }).map((statuses) =>
  statuses.map((status, index): BatchRow & { id: string } => ({
    batchNumber: index + 1,
    id: `row-${index + 1}`,
    plannedQuantity: new Big(index + 1),
    status,
  })),
)

describe('batchRows properties', () => {
  it('keeps every non-pending row unchanged and numbers the rows 1..n without gaps', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ max: 15, min: 1 }), (existing, batches) => {
        const result = batchRows(existing, batches, new Big('7.5'))
        const kept: BatchRow[] = existing.filter((row) => row.status !== 'pending')
        const minimum = Math.max(kept.length, ...kept.map((row) => row.batchNumber))
        if (batches < minimum) {
          expect(result).toEqual({
            code: 'below_non_pending',
            minimum,
            nonPending: kept.length,
            ok: false,
          })
          return
        }
        if (!result.ok) throw new Error(result.code)
        expect(result.rows.map((row) => row.batchNumber)).toEqual(
          Array.from({ length: batches }, (_, index) => index + 1),
        )
        for (const row of kept) expect(result.rows).toContain(row)
        for (const row of result.rows.filter((r) => !kept.includes(r))) {
          expect(row).toEqual({
            batchNumber: row.batchNumber,
            plannedQuantity: new Big('7.5'),
            status: 'pending',
          })
        }
      }),
    )
  })

  it('is idempotent: regenerating with the same count changes nothing', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ max: 15, min: 1 }), (existing, batches) => {
        const first = batchRows(existing, batches, new Big(3))
        if (!first.ok) return
        const second = batchRows(first.rows, batches, new Big(3))
        expect(second).toEqual(first)
      }),
    )
  })
})
