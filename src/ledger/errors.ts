import { APIError, ValidationError } from 'payload'

/** A 400 that names the field (`lines[2].quantity`) and what is wrong with it. */
export const invalid = (path: string, message: string): ValidationError =>
  new ValidationError({ errors: [{ message: `${path}: ${message}`, path }] })

/** A 409: the request is well-formed but conflicts with the ledger's state. */
export const conflict = (message: string, data?: Record<string, unknown>): APIError =>
  new APIError(message, 409, data ?? null, true)
