'use client'
import type { MaterialRequisition } from '../../../payload-types'

import React from 'react'

import { SecondaryButtons } from '../../../platform/components/SecondaryButtons/index.client'
import { heldOf, isClosed, locationName, onFloorOf, openOf, unstagedOf } from './requisitionView'

export type RequisitionPermissions = {
  canIssue: boolean
  canManage: boolean
  canPick: boolean
  canStage: boolean
}

type Props = {
  busy: boolean
  can: RequisitionPermissions
  onOpen: (dialog: 'pick' | 'return' | 'stage') => void
  requisition: MaterialRequisition
  /** Takes a step at once once the user answers yes to the question. */
  run: (question: string, action: string, success: string) => void
}

/** The steps the user may take on the requisition now, each while there is something to take. */
export function RequisitionSteps({ busy, can, onOpen, requisition, run }: Props) {
  const lines = requisition.lines ?? []
  const closed = isClosed(requisition)
  const any = (of: (line: (typeof lines)[number]) => number) =>
    !closed && lines.some((line) => of(line) > 0)
  const code = requisition.code ?? `#${requisition.id}`
  const issue = () =>
    run(
      `Issue everything picked for ${code} to ${locationName(requisition.floor)}?`,
      'issueRequisition',
      `Issued ${code} to the floor`,
    )
  const cancel = () =>
    run(
      `Cancel ${code}? What was picked is released at the store.`,
      'cancelRequisition',
      `Cancelled ${code}`,
    )
  const steps: [boolean, string, string, () => void][] = [
    [can.canPick && any(openOf), 'Pick…', 'requisition-pick', () => onOpen('pick')],
    [can.canIssue && any(heldOf), 'Issue to floor', 'requisition-issue', issue],
    [
      can.canStage && any(unstagedOf),
      'Stage on trolley…',
      'requisition-stage',
      () => onOpen('stage'),
    ],
    [
      can.canIssue && any(onFloorOf),
      'Return to store…',
      'requisition-return',
      () => onOpen('return'),
    ],
    [can.canManage && !closed, 'Cancel requisition', 'requisition-cancel', cancel],
  ]
  return (
    <SecondaryButtons
      buttons={steps
        .filter(([shown]) => shown)
        .map(([, label, id, onClick]) => ({ disabled: busy, id, label, onClick }))}
      margin={false}
      size="medium"
    />
  )
}
