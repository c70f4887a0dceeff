import { type Decimal, parseDecimal, problemText, sum } from '../platform/rules/decimal'
import type { LotStrategy } from './rules/lotPicking'
import { type MovementReason, movementReasons } from './rules/movementRules'
import { invalid } from '../platform/errors'
import { isCanonicalId } from '../platform/rules/inputValues'
import type { NewLotInput, Posting, PostingLineInput } from './postingTypes'

export type NewLot = {
  /** The extra cost the lot absorbs with the posting's consumption (see NewLotInput). */
  absorbs: Decimal | null
  code: string | null
  disposition: 'available' | 'blocked'
  expiresAt: string | null
  receivedAt: string | null
  unitCost: Decimal
}

/** A new lot has a unit cost, or absorbs its posting's consumption (plus an extra cost). */
function newLotCost(
  lot: NonNullable<Posting['lines'][number]['newLot']>,
  at: (field: string) => string,
): Pick<NewLot, 'absorbs' | 'unitCost'> {
  if (lot.absorbConsumed === undefined)
    return { absorbs: null, unitCost: amount(lot.unitCost, at('newLot.unitCost'), 'non_negative') }
  if (lot.unitCost !== undefined)
    throw invalid(at('newLot.unitCost'), 'give unitCost or absorbConsumed, not both')
  if (typeof lot.absorbConsumed !== 'object' || lot.absorbConsumed === null)
    throw invalid(at('newLot.absorbConsumed'), 'must be an object')
  const extra = lot.absorbConsumed.extraCost ?? 0
  return {
    absorbs: amount(extra, at('newLot.absorbConsumed.extraCost'), 'non_negative'),
    // Known once the posting's consumption is planned.
    unitCost: amount(0, at('newLot.unitCost'), 'non_negative'),
  }
}

export type ValidLine = {
  from: number
  item: number
  lot?: number
  lots?: { lot: number; quantity: Decimal }[]
  newLot?: NewLot
  quantity: Decimal
  reason: MovementReason
  reverses?: number
  sourceLine: string | null
  strategy?: LotStrategy
  to: number
  unitCost?: Decimal
}

export type ValidPosting = {
  key: string
  lines: ValidLine[]
  source: { collection: string; id: string } | null
}

const maxLines = 10_000

const id = (value: unknown, path: string): number => {
  if (!isCanonicalId(value)) throw invalid(path, 'must be the id of a document')
  return Number(value)
}

const amount = (value: unknown, path: string, sign: 'non_negative' | 'positive'): Decimal => {
  const parsed = parseDecimal(value, sign)
  if (!parsed.ok) throw invalid(path, problemText[parsed.problem])
  return parsed.value
}

const date = (value: unknown, path: string): string | null => {
  if (value === undefined || value === null || value === '') return null
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (Number.isNaN(time)) throw invalid(path, 'must be an ISO date')
  return new Date(time).toISOString()
}

/** Checks the shape of a posting and returns it with ids resolved and quantities exact. */
export function validatePosting(posting: Posting): ValidPosting {
  if (typeof posting?.key !== 'string' || posting.key.trim() === '' || posting.key.length > 200) {
    throw invalid('key', 'must be a non-empty string of at most 200 characters')
  }
  if (!Array.isArray(posting.lines) || posting.lines.length === 0)
    throw invalid('lines', 'must list at least one movement')
  if (posting.lines.length > maxLines)
    throw invalid('lines', `must list at most ${maxLines} movements`)
  const lines = posting.lines.map(validLine)
  const source = posting.source
    ? { collection: String(posting.source.collection), id: String(posting.source.id) }
    : null
  const absorbing = lines.flatMap((line, index) => (line.newLot?.absorbs ? [index] : []))
  if (absorbing.length > 1)
    throw invalid(
      `lines[${absorbing[1]}].newLot.absorbConsumed`,
      'only one line of a posting can absorb its consumption',
    )
  return { key: posting.key.trim(), lines, source }
}

/** One line: its ids, quantity and reason, and at most one of lot, lots or newLot. */
function validLine(line: PostingLineInput, index: number): ValidLine {
  const at = (field: string) => `lines[${index}].${field}`
  if (typeof line !== 'object' || line === null)
    throw invalid(`lines[${index}]`, 'must be an object')
  if (!movementReasons.includes(line.reason))
    throw invalid(at('reason'), `must be one of ${movementReasons.join(', ')}`)
  const valid: ValidLine = {
    from: id(line.from, at('from')),
    item: id(line.item, at('item')),
    quantity: amount(line.quantity, at('quantity'), 'positive'),
    reason: line.reason,
    sourceLine:
      line.sourceLine === undefined || line.sourceLine === null
        ? null
        : String(line.sourceLine).slice(0, 200),
    to: id(line.to, at('to')),
  }
  const ways = [line.lot !== undefined, line.lots !== undefined, line.newLot !== undefined].filter(
    Boolean,
  ).length
  if (ways > 1) throw invalid(at('lot'), 'give one of lot, lots or newLot')
  if (line.lot !== undefined) valid.lot = id(line.lot, at('lot'))
  if (line.lots !== undefined) valid.lots = validLots(line.lots, valid.quantity, at)
  if (line.newLot !== undefined) valid.newLot = validNewLot(line.newLot, at)
  if (line.strategy !== undefined) {
    if (line.strategy !== 'fifo' && line.strategy !== 'lifo')
      throw invalid(at('strategy'), 'must be fifo or lifo')
    valid.strategy = line.strategy
  }
  if (line.unitCost !== undefined)
    valid.unitCost = amount(line.unitCost, at('unitCost'), 'non_negative')
  if (line.reverses !== undefined) valid.reverses = id(line.reverses, at('reverses'))
  if (valid.reason === 'reverse' && valid.reverses === undefined) {
    throw invalid(at('reverses'), 'a reverse line names the movement it undoes')
  }
  return valid
}

/** Lots named with their quantities, which must add up to the line's. */
function validLots(
  lots: PostingLineInput['lots'],
  quantity: Decimal,
  at: (field: string) => string,
): NonNullable<ValidLine['lots']> {
  if (!Array.isArray(lots) || lots.length === 0)
    throw invalid(at('lots'), 'must name at least one lot')
  const valid = lots.map((entry, n) => ({
    lot: id(entry?.lot, at(`lots[${n}].lot`)),
    quantity: amount(entry?.quantity, at(`lots[${n}].quantity`), 'positive'),
  }))
  if (!sum(valid.map((entry) => entry.quantity)).eq(quantity)) {
    throw invalid(at('lots'), `quantities must add up to the line's quantity ${quantity.toFixed()}`)
  }
  return valid
}

/** A lot the line creates: its code, disposition, dates and cost. */
function validNewLot(lot: NewLotInput, at: (field: string) => string): NewLot {
  if (typeof lot !== 'object' || lot === null) throw invalid(at('newLot'), 'must be an object')
  if (
    lot.disposition !== undefined &&
    lot.disposition !== 'available' &&
    lot.disposition !== 'blocked'
  ) {
    throw invalid(at('newLot.disposition'), 'must be available or blocked')
  }
  if (
    lot.code !== undefined &&
    (typeof lot.code !== 'string' || lot.code.trim() === '' || lot.code.length > 100)
  ) {
    throw invalid(at('newLot.code'), 'must be a non-empty string of at most 100 characters')
  }
  return {
    code: lot.code?.trim() ?? null,
    disposition: lot.disposition ?? 'available',
    expiresAt: date(lot.expiresAt, at('newLot.expiresAt')),
    receivedAt: date(lot.receivedAt, at('newLot.receivedAt')),
    ...newLotCost(lot, at),
  }
}
