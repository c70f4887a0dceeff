'use client'
import { useActionAnswer } from '../../../platform/components/useActionAnswer'
import type { RaisedRequisitions } from './RaisedRequisitionsDialog'

/**
 * Runs the store's requestMaterials (by name, over HTTP) for executions or a plan, and keeps what
 * it answered, or its refusal, for the dialog that shows it.
 */
export function useRequestMaterials() {
  const { run, ...answer } = useActionAnswer<RaisedRequisitions>('requestMaterials')
  const request = (args: { executions: number[] } | { plan: number }) => run(args)
  return { ...answer, request, shown: Boolean(answer.result || answer.error) }
}
