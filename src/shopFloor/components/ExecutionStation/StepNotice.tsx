import React from 'react'

import type { ExecutionStationData } from '../../executionStation'

/** Why there is no next-step button: done, or not the user's to take. */
export function stepNotice(data: ExecutionStationData): null | string {
  if (!data.next) return `${data.code} is ${data.current?.name ?? 'done'}: nothing more to do here.`
  if (!data.may.move) return 'You may look at executions but not move them.'
  if (data.nextIsLast && !data.may.finalize)
    return `Moving to ${data.next.name} needs the "executions.finalize" permission: ask a planner.`
  return null
}

export function StepNotice({ text }: { text: string }) {
  return (
    <p
      id="shop-floor-step-notice"
      style={{
        background: 'var(--theme-elevation-50)',
        borderRadius: 'var(--style-radius-m, 8px)',
        fontSize: 20,
        padding: '16px',
      }}
    >
      {text}
    </p>
  )
}
