import type { PayloadRequest } from 'payload'

import { completeRun } from '../../src/processes/actions/completeRun'
import { recordInputs } from '../../src/processes/actions/recordInputs'
import { recordLosses } from '../../src/processes/actions/recordLosses'
import { recordOutputs } from '../../src/processes/actions/recordOutputs'

export type DemoLoss = ['waste' | 'rejection' | 'scrap', string, number]
/** What a stage of a demo run took in, lost and put out, by SKU. */
export type DemoStageWork = {
  inputs: [string, number][]
  losses?: DemoLoss[]
  outputs?: [string, number][]
}

export type DemoRun = {
  complete: boolean
  description: string
  startedAt: string
  work: Partial<Record<string, DemoStageWork>>
}

/**
 * One demo production run, recorded stage by stage through the processes' own actions as the
 * floor would, then completed when it is. Idempotent: a run is found by its description (and
 * nothing is recorded again).
 */
export async function seedRun(
  req: PayloadRequest,
  created: string[],
  where: { location: number; process: number; product: number; stages: readonly string[] },
  demo: DemoRun,
  item: (sku: string) => number,
): Promise<void> {
  const { totalDocs } = await req.payload.count({
    collection: 'production-runs',
    req,
    where: { description: { equals: demo.description } },
  })
  if (totalDocs > 0) return
  const run = await req.payload.create({
    collection: 'production-runs',
    data: {
      description: demo.description,
      location: where.location,
      process: where.process,
      product: where.product,
      startedAt: demo.startedAt,
      status: 'in_progress',
    },
    req,
  })
  for (const stage of where.stages) {
    const work = demo.work[stage]
    if (!work) continue
    const key = (what: string) => `seed-${stage}-${what}`
    const lines = (list: [string, number][]) =>
      list.map(([sku, quantity]) => ({ item: item(sku), quantity }))
    await recordInputs.perform(req, {
      key: key('inputs'),
      lines: lines(work.inputs),
      run: run.id,
      stage,
    })
    if (work.outputs)
      await recordOutputs.perform(req, {
        key: key('outputs'),
        lines: lines(work.outputs),
        run: run.id,
        stage,
      })
    if (work.losses)
      await recordLosses.perform(req, {
        key: key('losses'),
        lines: work.losses.map(([type, sku, quantity]) => ({ item: item(sku), quantity, type })),
        run: run.id,
        stage,
      })
  }
  if (demo.complete) await completeRun.perform(req, { run: run.id })
  created.push(`production run ${run.code} (${demo.complete ? 'completed' : 'in progress'})`)
}
