import type { PayloadRequest } from 'payload'

import type { PostingLineInput } from '../ledger'
import { type Action, defineAction } from '../platform/defineAction'
import {
  actionOf,
  beginRecording,
  postRecording,
  type Recorded,
  type Recording,
} from './beginRecording'
import { type EntryDraft, writeEntries } from './writeEntries'

/** A record action's arguments: the run, its stage, the lines, and an idempotency key. */
export type RecordArgs<Line = unknown> = { key?: string; lines: Line[]; run: number; stage: string }

/** What one recording writes: its posting's lines, and the entries that hold their movements. */
type Written = { drafts: EntryDraft[]; posting: PostingLineInput[] }

/**
 * A record action of a run's stage (inputs, outputs, losses): under the run's lock, a retry with
 * the same `key` answers the first recording; otherwise `record` reads the lines into one posting
 * and the entries it makes, which are posted with the run as their source and then written.
 */
export const recordingAction = <Args extends RecordArgs>(
  event: keyof typeof actionOf,
  record: (
    req: PayloadRequest,
    args: Args,
    recording: Exclude<Recording, { replay: Recorded }>,
  ) => Promise<Written>,
) =>
  defineAction<Args, Recorded>({
    args: { key: 'String', lines: 'JSON!', run: 'Int!', stage: 'String!' } as Action<
      Args,
      Recorded
    >['args'],
    costs: { cost: 'productionRuns.viewCosts', unitCost: 'items.viewCosts' },
    description: 'record stage entries',
    name: actionOf[event],
    permission: 'productionRuns.record',
    perform: async (req, args) => {
      const recording = await beginRecording(req, args, event)
      if (recording.replay) return recording.replay
      const { drafts, posting } = await record(req, args, recording)
      const result = await postRecording(req, recording, posting)
      const entries = await writeEntries(req, recording, drafts, result.movements)
      return { entries, movements: result.movements, replayed: false }
    },
  })
