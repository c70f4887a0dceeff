import { invalid } from '../../platform/errors'
import { defineAction } from '../../platform/defineAction'
import { createExecutionRows } from '../createExecutionRows'

/** `createExecutions`: several executions from one form, all or none. */
export const createExecutions = defineAction<
  { rows: Record<string, unknown>[] },
  Awaited<ReturnType<typeof createExecutionRows>>
>({
  args: { rows: 'JSON!' },
  costs: {},
  description: 'create executions',
  name: 'createExecutions',
  permission: 'executions.create',
  perform: async (req, args) => {
    if (!Array.isArray(args.rows)) throw invalid('rows', 'list the executions to create')
    return createExecutionRows(
      req,
      args.rows.map((row, index) => ({
        at: (field) => `rows[${index}]${field ? `.${field}` : ''}`,
        row: row && typeof row === 'object' ? row : {},
      })),
    )
  },
})
