import type { PayloadRequest } from 'payload'

import { postingKeyOf } from '../platform/rules/idempotency'
import type { PostedMovement, PostingLineInput, PostingResult } from '../ledger'
import type { Process, ProductionRun, ProductionRunEntry } from '../payload-types'
import { findPosting, post } from '../ledger'
import { conflict } from '../platform/errors'
import { entryCountOf } from './entryCount'
import { findStage, lockRun, processOf, refuseCompleted, type Stage } from './openRun'
import { clientPostingKey } from '../ledger'

export type Recorded = {
  entries: ProductionRunEntry[]
  movements: PostedMovement[]
  replayed: boolean
}

export type Recording =
  | { postingKey: string; process: Process; replay: null; run: ProductionRun; stage: Stage }
  | { replay: Recorded }

export const actionOf = { inputs: 'recordInputs', losses: 'recordLosses', outputs: 'recordOutputs' }

/**
 * The start every record action shares: lock the run, answer a retried request (same `key`)
 * with what it recorded the first time, refuse a completed run, and find the stage. The posting
 * key is the client's key, or else the run's entry count, which the lock keeps from racing.
 */
export async function beginRecording(
  req: PayloadRequest,
  args: { key?: unknown; run: unknown; stage: unknown },
  event: 'inputs' | 'losses' | 'outputs',
): Promise<Recording> {
  const run = await lockRun(req, args.run)
  const key = clientPostingKey(req, actionOf[event], args.key)
  if (key) {
    const postingKey = postingKeyOf('production-runs', run.id, `${event}/${key}`)
    const posted = await findPosting(req, postingKey)
    if (posted) {
      const { docs } = await req.payload.find({
        collection: 'production-run-entries',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        sort: 'id',
        where: { postingKey: { equals: postingKey } },
      })
      return { replay: { entries: docs, movements: posted.movements, replayed: true } }
    }
  }
  refuseCompleted(run)
  const process = await processOf(req, run)
  const stage = findStage(process, args.stage)
  const entries = await entryCountOf(req, run.id)
  const postingKey = postingKeyOf(
    'production-runs',
    run.id,
    key ? `${event}/${key}` : `${event}/entry-${entries}`,
  )
  return { postingKey, process, replay: null, run, stage }
}

/** Posts a recording's lines under its key, with the run as their source document. */
export async function postRecording(
  req: PayloadRequest,
  recording: { postingKey: string; run: ProductionRun },
  lines: PostingLineInput[],
): Promise<PostingResult> {
  const result = await post(req, {
    key: recording.postingKey,
    lines,
    source: { collection: 'production-runs', id: recording.run.id },
  })
  // Under the run's lock a fresh key is never taken; if it were, entries would be written twice.
  if (result.replayed)
    throw conflict(`${recording.run.code}: this recording was already posted; nothing was written.`)
  return result
}
