/**
 * A problem starting the app or reaching its database that the user can fix. Its message is one
 * line saying what is wrong and what to do; launchers print it without a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartupError'
  }
}
