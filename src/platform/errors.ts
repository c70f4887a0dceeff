import { APIError, ValidationError } from 'payload'

/** A 400 that names the field (`lines[2].quantity`) and what is wrong with it. */
export const invalid = (path: string, message: string): ValidationError =>
  invalidEach([{ message, path }])

/**
 * A 400 listing every field that is wrong at once (a form or an import with several errors) in
 * `data.errors`. Its message is the first error's own text (Payload's would only list the
 * paths: "The following field is invalid: quantity"), so a caller reading just the message
 * learns what is wrong.
 */
export const invalidEach = (errors: { message: string; path: string }[]): ValidationError => {
  const each = errors.map(({ message, path }) => ({ message: `${path}: ${message}`, path }))
  const error = new ValidationError({ errors: each })
  error.message =
    each.length > 1 ? `${each[0]!.message} (and ${each.length - 1} more)` : (each[0]?.message ?? '')
  return error
}

/** A 409: the request is well-formed but conflicts with the ledger's state. */
export const conflict = (message: string, data?: Record<string, unknown>): APIError =>
  new APIError(message, 409, data ?? null, true)

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
