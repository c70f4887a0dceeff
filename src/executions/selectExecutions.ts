import type { PayloadRequest } from 'payload'

import type { Execution } from '../payload-types'

import { invalid } from '../platform/errors'
import { findByIds } from '../platform/findByIds'
import { idOf } from '../platform/idOf'
import { lockDocuments } from '../platform/lockDocuments'
import { loadWorkflow } from '../workflow/workflow'

export type SelectedExecution = {
  code: string
  doc: Execution
  id: number
  status: number
  statusName: string
}

/**
 * The executions a bulk action names, as the user may read them (whole, at depth 0), in the
 * order given, from one query. Ids that
 * are malformed or that the user cannot read are a 400 naming them (and `field`, the argument
 * that held them): a bulk action never acts on a selection the caller did not see. An action
 * that writes them says `lock`: their rows are locked in id order before they are read (see
 * lockDocuments), so what it reads is what it changes.
 */
export async function selectExecutions(
  req: PayloadRequest,
  ids: unknown,
  field = 'ids',
  options: { lock?: boolean } = {},
): Promise<SelectedExecution[]> {
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    !ids.every((id) => Number.isSafeInteger(id) && id > 0)
  )
    throw invalid(field, 'list the executions by id')
  if (ids.length > 1000) throw invalid(field, 'at most 1,000 executions at once')
  if (options.lock) await lockDocuments(req, 'executions', ids as number[])
  const docs = await findByIds(req, 'executions', ids as number[], { field, noun: 'execution' })
  const { statuses } = await loadWorkflow(req)
  return docs.map((doc) => {
    const id = doc.id
    const status = idOf(doc.status)
    return {
      code: doc.code ?? `Execution ${id}`,
      doc,
      id,
      status,
      statusName: statuses.find((s) => s.id === status)?.name ?? '',
    }
  })
}
