import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { documentId } from '../../platform/parseInput'

type Args = { id: number }

/**
 * Queues "generate executions" for a large plan on the jobs queue; the plan's generation fields
 * show its progress. A worker (`payload jobs:run`, or the app's autoRun) runs it.
 */
export const queueExecutionGeneration = defineAction<Args, { job: number | string }>({
  args: { id: 'Int!' },
  costs: {},
  description: 'generate executions from a production plan',
  name: 'queueExecutionGeneration',
  permission: 'executions.create',
  perform: async (req, args) => {
    const id = documentId(args.id, 'id', 'a production plan')
    const { totalDocs } = await req.payload.count({
      collection: 'production-plans',
      overrideAccess: true,
      req,
      where: { id: { equals: id } },
    })
    if (!totalDocs) throw invalid('id', `no production plan with id ${id}`)
    await req.payload.update({
      collection: 'production-plans',
      data: { generation: { done: 0, message: null, state: 'queued', total: null } },
      id,
      overrideAccess: true,
      req,
    })
    const job = await req.payload.jobs.queue({
      input: { plan: id },
      req,
      task: 'generateExecutions',
    })
    return { job: job.id }
  },
})
