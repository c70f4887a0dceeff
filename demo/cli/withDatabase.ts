import { runWithDatabase } from './runWithDatabase'

// `tsx demo/cli/withDatabase.ts <command> [args…]`: one command, with DATABASE_URI set.
const command = process.argv.slice(2)
if (command.length === 0) {
  console.error('usage: tsx demo/cli/withDatabase.ts <command> [args…]')
  process.exit(2)
}
await runWithDatabase([command])
