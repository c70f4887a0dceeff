import type { PostedMovement } from '../../ledger'
import type { ProductionRunEntry } from '../../payload-types'
import { postingKeyOf } from '../../platform/rules/idempotency'
import { lotsInProcess } from '../rules/workInProcess'
import { findPosting, reverse } from '../../ledger'
import { conflict, invalid, notFound } from '../../platform/errors'
import { query, sql, transactionDb } from '../../platform/transactionDb'
import { defineAction } from '../../platform/defineAction'
import { findAllByIds } from '../../platform/findAllByIds'
import { idOf } from '../../platform/idOf'
import { lockRun, refuseCompleted } from '../openRun'
import { documentId, noteOf } from '../../platform/parseInput'
import { movementsOf, stageHistory } from '../stageHistory'
import { recorder } from '../writeEntries'

type Result = { entry: ProductionRunEntry; movements: PostedMovement[]; replayed: boolean }

const findEntry = async (req: Parameters<typeof lockRun>[0], id: number) =>
  (await findAllByIds(req, 'production-run-entries', [id]))[0]

/**
 * Corrects a wrong entry with its exact mirror: the same items, lots, quantities and costs move
 * back (a reversed input returns the very lots it took). An entry is reversed once; reversing it
 * again answers the first reversal. A completed run refuses.
 */
export const reverseEntry = defineAction<{ entry: number; note?: string }, Result>({
  args: { entry: 'Int!', note: 'String' },
  costs: { cost: 'productionRuns.viewCosts', unitCost: 'items.viewCosts' },
  description: 'record stage entries',
  name: 'reverseEntry',
  permission: 'productionRuns.record',
  perform: async (req, args) => {
    const id = documentId(args.entry, 'entry', 'a production run entry')
    const note = noteOf(args.note, 'note')
    const found = await findEntry(req, id)
    if (!found) throw notFound('entry', `no production run entry with id ${id}`)
    const run = await lockRun(req, idOf(found.run))
    // Read again under the run's lock: a concurrent reversal has finished by now.
    const entry = (await findEntry(req, id))!
    if (entry.reverses)
      throw invalid('entry', `entry ${id} is itself a reversal; record the entry again instead`)
    const key = postingKeyOf('production-run-entries', id, 'reverse')
    if (entry.reversedBy) {
      const reversal = (await findEntry(req, idOf(entry.reversedBy)))!
      const posted = await findPosting(req, key)
      return { entry: reversal, movements: posted?.movements ?? [], replayed: true }
    }
    refuseCompleted(run)
    if (entry.kind === 'input') {
      // What the stage lost came out of its inputs: those losses are reversed first.
      const history = await stageHistory(req, run.id, entry.stage)
      const others = movementsOf(history, ['input'], idOf(entry.item)).filter(
        (m) => m.entry.id !== entry.id,
      )
      const lost = movementsOf(history, ['waste', 'rejection', 'scrap'], idOf(entry.item))
      const short = [...lotsInProcess(others, lost)].find(([, held]) => held.lt(0))
      if (short)
        throw conflict(
          `entry: part of this input was recorded as lost at "${entry.stageName}"; reverse those losses first. Nothing was written.`,
        )
    }
    const result = await reverse(req, {
      key,
      movements: (entry.movements ?? []).map(idOf),
      source: { collection: 'production-runs', id: run.id },
    })
    const reversal = await req.payload.create({
      collection: 'production-run-entries',
      data: {
        cost: entry.cost,
        item: idOf(entry.item),
        kind: entry.kind,
        location: entry.location ? idOf(entry.location) : null,
        lots: (entry.lots ?? []).map(idOf),
        movements: result.movements.map((m) => m.id),
        note,
        postingKey: key,
        process: idOf(entry.process),
        quantity: entry.quantity,
        recordedAt: new Date().toISOString(),
        ...recorder(req),
        reverses: entry.id,
        run: run.id,
        scrapItem: entry.scrapItem ? idOf(entry.scrapItem) : null,
        scrapLot: entry.scrapLot ? idOf(entry.scrapLot) : null,
        stage: entry.stage,
        stageName: entry.stageName,
        unit: entry.unit,
      },
      depth: 0,
      req,
    })
    // Entries are written by the actions only; their update access is closed to every request.
    await query(
      await transactionDb(req),
      sql`update production_run_entries set reversed_by_id = ${reversal.id} where id = ${entry.id}`,
    )
    return { entry: reversal, movements: result.movements, replayed: false }
  },
})
