import { APIError, Locked, ValidationError } from 'payload'

/**
 * What a refusal is, for a program: each refusal the plugin makes carries one of these codes in
 * its `data.code` beside its message (REST: `errors[0].data.code`; GraphQL:
 * `errors[0].extensions.data.code`), with its HTTP status. The README's API section lists them.
 */
export const refusalCodes = {
  invalid: { status: 400, when: 'a field or argument is wrong; `data.errors` names each one' },
  cycle: { status: 400, when: 'the recipes would form a cycle (a product made from itself)' },
  not_found: { status: 404, when: 'the document an argument names does not exist' },
  conflict: { status: 409, when: 'the request conflicts with the state of the documents or stock' },
  insufficient_stock: {
    status: 409,
    when: 'a posting would take more than is available (`data` names item, location, figures)',
  },
  insufficient_reserved: {
    status: 409,
    when: 'a posting would release or consume more than is reserved there',
  },
  refused: {
    status: 403,
    when: 'a guard of the database refused the write (movements are append-only, for one)',
  },
  locked: { status: 423, when: 'another user holds the document open for editing' },
  too_large: { status: 413, when: 'the request body is over `maxRequestBytes`; nothing was read' },
  unavailable: { status: 503, when: 'the database is busy or away; nothing was written, retry' },
} as const

export type RefusalCode = keyof typeof refusalCodes

type Refusal<Code extends RefusalCode> = { code: Code }

/** A 400 that names the field (`lines[2].quantity`) and what is wrong with it. */
export const invalid = (
  path: string,
  message: string,
  refusal: Refusal<'cycle' | 'invalid'> = { code: 'invalid' },
): ValidationError => invalidEach([{ message, path }], refusal)

/**
 * A 400 listing every field that is wrong at once (a form or an import with several errors) in
 * `data.errors`. Its message is the first error's own text (Payload's would only list the
 * paths: "The following field is invalid: quantity"), so a caller reading just the message
 * learns what is wrong.
 */
export const invalidEach = (
  errors: { message: string; path: string }[],
  refusal: Refusal<'cycle' | 'invalid'> = { code: 'invalid' },
): ValidationError => {
  const each = errors.map(({ message, path }) => ({ message: `${path}: ${message}`, path }))
  const error = new ValidationError({ errors: each })
  Object.assign(error.data, refusal)
  error.message =
    each.length > 1 ? `${each[0]!.message} (and ${each.length - 1} more)` : (each[0]?.message ?? '')
  return error
}

/** A 409: the request is well-formed but conflicts with the ledger's state. */
export const conflict = (
  message: string,
  data?: Partial<Refusal<'conflict' | 'insufficient_reserved' | 'insufficient_stock'>> &
    Record<string, unknown>,
): APIError => new APIError(message, 409, { code: 'conflict', ...data }, true)

/** A 404 naming the argument (`plan`, `lines[0].lot`) whose document does not exist. */
export const notFound = (path: string, message: string): APIError =>
  new APIError(`${path}: ${message}`, 404, { code: 'not_found', path }, true)

/** A 423: another user holds the document open (Payload's own Locked, with its code). */
export const locked = (message: string): Locked =>
  Object.assign(new Locked(message), { data: { code: 'locked' } })

/**
 * Turns a unique-index violation that a concurrent posting can cause into the answer the caller
 * should get. The transaction is already aborted; this only chooses the error it ends with.
 */
export function explainUniqueViolation(error: unknown): unknown {
  const cause = (error as { cause?: { code?: string; constraint?: string } })?.cause
  if (cause?.code !== '23505') return error
  if (cause.constraint === 'stock_movements_reverses_idx') {
    return conflict(
      'A movement in this reversal was reversed by another request meanwhile; nothing was written.',
    )
  }
  if (cause.constraint === 'item_code_idx') {
    return invalid('newLot.code', 'a lot with this code already exists for the item')
  }
  return error
}
