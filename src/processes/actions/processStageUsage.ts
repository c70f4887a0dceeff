import { defineAction } from '../../platform/defineAction'
import { findDocument, stagesOf } from '../openRun'
import { stageUsage } from '../stageUsage'

/**
 * Per stage of a process, how many runs and entries recorded there: what renaming or removing
 * it would touch (the admin warns with it before asking for confirmation).
 */
export const processStageUsage = defineAction({
  args: { process: 'Int!' },
  costs: {},
  description: 'view processes',
  kind: 'query',
  name: 'processStageUsage',
  permission: 'processes.view',
  perform: async (req, args: { process: number }) => {
    const process = await findDocument(req, 'processes', args.process, 'process', 'a process')
    const id = process.id
    const usage = await stageUsage(req, id)
    return {
      id,
      runs: usage.runs,
      stages: stagesOf(process).map((stage) => ({
        entries: usage.byStage.get(stage.id)?.entries ?? 0,
        id: stage.id,
        name: stage.name,
        runs: usage.byStage.get(stage.id)?.runs ?? 0,
      })),
    }
  },
})
