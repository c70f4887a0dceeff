import type { MovementReason } from '../domain/movementRules'

type Id = number | string

/** A lot the posting creates for its line (receipts, production, stock found). */
export type NewLotInput = {
  code?: string
  disposition?: 'available' | 'blocked'
  expiresAt?: string
  receivedAt?: string
  unitCost: number | string
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
