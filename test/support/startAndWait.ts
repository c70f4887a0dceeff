import { startEmbeddedPostgres } from '../../demo/embedded-postgres/startEmbeddedPostgres'

// Starts an embedded server on the home given as argument, prints its port, and waits to be
// killed: how a launcher that dies without cleaning up leaves a server behind.
const server = await startEmbeddedPostgres({
  database: 'postgres',
  home: process.argv[2]!,
  log: () => undefined,
})
console.log(`port ${server.port}`)
await new Promise(() => undefined)
