'use client'
import React from 'react'

import { SecondaryButtons } from '../../../platform/components/SecondaryButtons/index.client'
import { type RecordKind } from './RecordEntriesDialog'

// In the order an operator works through a stage.
const labels: [RecordKind, string][] = [
  ['inputs', 'Record inputs'],
  ['outputs', 'Record outputs'],
  ['losses', 'Record losses'],
]

/** The buttons that open the recording of a stage's inputs, outputs or losses. */
export function RecordButtons({ onRecord }: { onRecord: (kind: RecordKind) => void }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 'var(--base)' }}>
      <SecondaryButtons
        buttons={labels.map(([kind, label]) => ({
          id: `record-${kind}`,
          label,
          onClick: () => onRecord(kind),
        }))}
        margin={false}
        size="medium"
      />
    </div>
  )
}
