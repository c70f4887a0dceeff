import type { MovementReason } from './rules/movementRules'

type Id = number | string

/** A lot the posting creates for its line (receipts, production, stock found). */
export type NewLotInput = {
  /**
   * Instead of `unitCost`: the lot's unit cost is (extraCost + the cost of what this posting's
   * consume lines take from their lots) ÷ the line's quantity, so an output is costed from the
   * very lots its materials came from, in the same posting. At most one line per posting.
   */
  absorbConsumed?: { extraCost?: number | string }
  code?: string
  disposition?: 'available' | 'blocked'
  expiresAt?: string
  receivedAt?: string
  unitCost?: number | string
}

export type PostingLineInput = {
  from: Id
  item: Id
  /** The lot to move. Or `lots` (custom: the caller names lots and quantities), or `newLot`. */
  lot?: Id
  lots?: { lot: Id; quantity: number | string }[]
  newLot?: NewLotInput
  quantity: number | string
  reason: MovementReason
  /** The movement this line undoes (reversals only). */
  reverses?: Id
  /** The source document's line, for traceability. */
  sourceLine?: string
  /** How to pick lots when none is named; default: the item's lot strategy. */
  strategy?: 'fifo' | 'lifo'
  to: Id
  unitCost?: number | string
}

export type Posting = {
  /** The posting's idempotency key: deterministic from its source and event. */
  key: string
  lines: PostingLineInput[]
  source?: { collection: string; id: Id }
}

export type PostedMovement = {
  from: number
  id: number
  item: number
  line: number
  lot: number
  quantity: string
  reason: MovementReason
  to: number
  unitCost: string
}

export type PostingResult = { movements: PostedMovement[]; replayed: boolean }
