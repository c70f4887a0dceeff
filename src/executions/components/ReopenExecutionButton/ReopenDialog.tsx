'use client'
import { toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { GridField, TextInput } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'
import { useSubmit } from '../../../platform/components/useSubmit'

type Props = {
  execution: number
  finalName: string
  onClose: () => void
  onDone: () => void
}

type Reopened = { code: string; status: { name: string } }

/**
 * Asks why a completed execution is reopened, then reopens it (reopenExecution): it goes back to
 * the status before the final one, what the final status added is taken back, and the reason is
 * recorded on the execution with who and when.
 */
export function ReopenDialog({ execution, finalName, onClose, onDone }: Props) {
  const { action } = useManufacturingApi()
  const [reason, setReason] = useState('')
  const submission = useSubmit()
  const reopen = () =>
    submission.submit(async () => {
      const result = await action<Reopened>('reopenExecution', { id: execution, reason })
      toast.success(`${result.code} reopened: back in ${result.status.name}`)
      onDone()
    })
  return (
    <FormDialog
      confirm={{ disabled: reason.trim() === '', label: 'Reopen', onClick: reopen }}
      id="reopen-execution"
      onClose={onClose}
      submission={submission}
      title="Reopen completed production"
      width={560}
    >
      <p style={{ marginBottom: 'var(--base, 20px)', marginTop: 0 }}>
        It goes back to the status before {finalName}, and what fell due at {finalName} is reversed:
        the products it added are taken back. Who reopened it, when and why stay on the execution.
      </p>
      <GridField label="Reason">
        <TextInput
          id="reopen-execution-reason"
          maxLength={2000}
          name="reason"
          onChange={setReason}
          value={reason}
          width="100%"
        />
      </GridField>
    </FormDialog>
  )
}
