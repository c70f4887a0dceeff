import net from 'node:net'

/** Whether something already listens on `port` at localhost. */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(true))
    server.listen({ exclusive: true, host, port }, () => server.close(() => resolve(false)))
  })
}

/** `preferred` when it is free, otherwise a port the operating system picks. */
export async function freePort(preferred: number): Promise<number> {
  if (!(await portInUse(preferred))) return preferred
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
