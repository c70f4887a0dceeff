/**
 * A problem starting or reaching the database that the user can fix. Its message is one line
 * saying what is wrong and what to do; launchers print it without a stack trace.
 */
export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseStartError'
  }
}
