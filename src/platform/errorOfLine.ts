import { APIError, ValidationError } from 'payload'

import { invalidEach } from './errors'

/**
 * Turns an error raised while creating the document of one line (or row) of a request into the
 * same error naming that line: `at(field)` is the path of a field of the line, `at('')` the line.
 */
export function errorOfLine(error: unknown, at: (field: string) => string): unknown {
  if (error instanceof ValidationError) {
    const { code = 'invalid', errors = [] } = error.data as {
      code?: 'cycle' | 'invalid'
      errors?: { message: string; path: string }[]
    }
    return invalidEach(
      errors.map((e) => ({
        // Our own refusals already start with their path; say it once, as the line's field.
        message: e.message.startsWith(`${e.path}: `)
          ? e.message.slice(e.path.length + 2)
          : e.message,
        path: at(e.path),
      })),
      { code },
    )
  }
  if (error instanceof APIError && error.status < 500) {
    // A refused posting names the line of its own posting, which the caller never sent: the
    // item and location it names say what ran short; the caller's line says where.
    const message = error.message.replace(/^lines\[\d+\]: /, '')
    return new APIError(`${at('')}: ${message}`, error.status, error.data, true)
  }
  return error
}
