import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { inject } from 'vitest'

import type { Request, Result } from './requestsFromSecondProcess'
import { migratedEnv, projectRoot } from './testDatabase'

export type SecondProcess = ReturnType<typeof spawnSecondProcess>

/**
 * Another app process on the suite's database (requestsFromSecondProcess.ts), once it serves:
 * `send(at, requests)` has it send them all at once at the instant `at`. A process that ends
 * before it is ready, having done nothing, is started again (twice at most): now and then Node 20
 * never finishes evaluating @payloadcms/richtext-lexical's module graph and simply exits.
 */
export async function startSecondProcess(
  token: string,
  /** Another database than the suite's, and its user to log in as (`email password`). */
  own?: { databaseUri: string; login: string },
): Promise<SecondProcess> {
  for (let attempt = 1; ; attempt++) {
    const started = spawnSecondProcess(token, own)
    try {
      await started.ready
      return started
    } catch (error) {
      if (attempt === 3 || !String(error).includes('before it was ready')) throw error
    }
  }
}

function spawnSecondProcess(token: string, own?: { databaseUri: string; login: string }) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', path.join('test', 'support', 'requestsFromSecondProcess.ts')],
    {
      cwd: projectRoot,
      env: {
        ...migratedEnv(own?.databaseUri ?? inject('databaseUri')),
        SECOND_PROCESS_TOKEN: token,
        ...(own ? { SECOND_PROCESS_LOGIN: own.login } : {}),
      },
      stdio: 'pipe',
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const failed = (what: string) =>
    new Error(`the second process ${what}; stderr:\n${stderr.slice(-4000)}`)
  let onReady!: () => void
  const ready = new Promise<void>((resolve) => (onReady = resolve))
  const results: ((result: Result) => void)[] = []
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'READY') onReady()
    else if (line.startsWith('RESULT ')) results.shift()?.(JSON.parse(line.slice('RESULT '.length)))
  })
  const orExit = <T>(promise: Promise<T>, what: string) =>
    Promise.race([
      promise,
      exited.then((code) => {
        throw failed(`exited (${code}) before it ${what}`)
      }),
    ])
  return {
    child,
    exited,
    ready: orExit(ready, 'was ready'),
    send(at: number, requests: Request[]) {
      const result = new Promise<Result>((resolve) => results.push(resolve))
      child.stdin.write(`GO ${at} ${JSON.stringify(requests)}\n`)
      return orExit(result, 'reported')
    },
    stop() {
      if (child.exitCode === null) child.kill()
    },
  }
}

/** Waits until the instant `at` (both processes start their batches then). */
export const until = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())))
