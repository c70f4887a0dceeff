'use client'
import { toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { CaptionField, ChoiceSelect } from '../../../platform/components/Dialog/fields'
import { FormDialog } from '../../../platform/components/Dialog/FormDialog'
import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { useSubmit } from '../../../platform/components/useSubmit'
import { unlockToConfirm } from '../FinalStatusControl/unlockConfirmation'
import { StatusBadge } from '../StatusBadge'
import {
  forgetProductionStatuses,
  type ProductionStatus,
  useProductionStatuses,
} from '../StatusBadge/productionStatuses'

/**
 * Deletes a production status into a replacement the admin chooses: documents in it move there,
 * with the stock postings that move implies, and rules that named it are re-pointed.
 */
export function DeleteStatusButton() {
  const { docPermissions, id } = useDocumentInfo()
  const [open, setOpen] = useState(false)
  const mayDelete = Boolean(docPermissions && 'delete' in docPermissions && docPermissions.delete)
  if (!id || !mayDelete) return null
  return (
    <>
      <SecondaryButton id="delete-status-button" onClick={() => setOpen(true)}>
        Delete…
      </SecondaryButton>
      {open && <DeleteStatusDialog id={id} onClose={() => setOpen(false)} />}
    </>
  )
}

type PickerProps = {
  disabled: boolean
  onChange: (replacement: string) => void
  others: ProductionStatus[]
  replacement: string
}

/** The status the deleted one's documents move to, with its badge. */
function ReplacementPicker({ disabled, onChange, others, replacement }: PickerProps) {
  return (
    <CaptionField label="Move them to" style={{ display: 'block' }}>
      <span style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
        <ChoiceSelect
          choices={others.map((other) => [other.id, other.name] as const)}
          disabled={disabled}
          id="replacement-status"
          onChange={onChange}
          style={{ minWidth: 200 }}
          value={replacement}
        />
        {others
          .filter((other) => String(other.id) === replacement)
          .map((other) => (
            <StatusBadge key={other.id} status={other} />
          ))}
      </span>
    </CaptionField>
  )
}

/**
 * Deletes status `id` into `replacement`. A refusal that asks to confirm unlocking documents
 * throws that question and hands `onAsk` the count to confirm with (null for any other
 * refusal, which throws as the API said it).
 */
async function deleteInto(
  api: string,
  id: number | string,
  {
    onAsk,
    replacement,
    status,
    unlock,
  }: {
    onAsk: (count: null | number) => void
    replacement: string
    status?: ProductionStatus
    unlock: null | number
  },
) {
  try {
    await fetchJson(
      `${api}/production-statuses/${id}?replacement=${encodeURIComponent(replacement)}${unlock === null ? '' : `&confirmUnlock=${unlock}`}`,
      { method: 'DELETE' },
    )
  } catch (reason) {
    const ask =
      unlock === null && status
        ? await unlockToConfirm(reason, api, status).catch(() => null)
        : null
    onAsk(ask?.count ?? null)
    throw new Error(ask?.message ?? (reason as Error).message)
  }
}

function DeleteStatusDialog({ id, onClose }: { id: number | string; onClose: () => void }) {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const { error: loadError, statuses } = useProductionStatuses({ fresh: true })
  const [choice, setChoice] = useState<null | string>(null)
  const submission = useSubmit()
  const { busy: deleting, submit } = submission
  // Deleting the final status into another than the one before it unlocks what is done in it:
  // the API answers with their count, which the admin confirms by deleting again.
  const [unlock, setUnlock] = useState<null | number>(null)
  const status = statuses?.find((s) => String(s.id) === String(id))
  const others = (statuses ?? []).filter((s) => String(s.id) !== String(id))
  const replacement = choice ?? (others[0] ? String(others[0].id) : '')
  const name = status?.name ?? 'this status'

  const confirm = () =>
    submit(async () => {
      await deleteInto(api, id, { onAsk: setUnlock, replacement, status, unlock })
      forgetProductionStatuses()
      const to = others.find((s) => String(s.id) === replacement)?.name
      toast.success(`${name} deleted; its documents moved to ${to}`)
      router.push(`${config.routes.admin}/collections/production-statuses`)
    })

  return (
    <FormDialog
      confirm={{
        disabled: !replacement || !statuses,
        id: 'confirm-delete-status',
        busyLabel: 'Deleting…',
        label: unlock === null ? `Delete ${name}` : `Delete ${name} and unlock ${unlock} documents`,
        onClick: confirm,
      }}
      error={loadError}
      flush
      id="delete-status-dialog"
      onClose={onClose}
      submission={submission}
      title={`Delete ${name}?`}
      width={520}
    >
      <p style={{ marginTop: 0 }}>
        Documents in {name} move to the status you choose, with the stock postings that move
        implies, and rules that named it are re-pointed.
      </p>
      {others.length === 0 && statuses ? (
        <p role="alert">The last remaining status cannot be deleted.</p>
      ) : (
        <ReplacementPicker
          disabled={!statuses || deleting}
          onChange={(value) => {
            setChoice(value)
            setUnlock(null)
          }}
          others={others}
          replacement={replacement}
        />
      )}
    </FormDialog>
  )
}
