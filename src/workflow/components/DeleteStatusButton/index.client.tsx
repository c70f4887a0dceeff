'use client'
import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson } from '../../../platform/components/fetchJson'
import { unlockToConfirm } from '../FinalStatusControl/unlockConfirmation'
import { StatusBadge } from '../StatusBadge'
import { forgetProductionStatuses, useProductionStatuses } from '../StatusBadge/productionStatuses'

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
      <Button
        buttonStyle="secondary"
        id="delete-status-button"
        margin={false}
        onClick={() => setOpen(true)}
        size="medium"
      >
        Delete…
      </Button>
      {open && <DeleteStatusDialog id={id} onClose={() => setOpen(false)} />}
    </>
  )
}

function DeleteStatusDialog({ id, onClose }: { id: number | string; onClose: () => void }) {
  const { config } = useConfig()
  const router = useRouter()
  const { error: loadError, statuses } = useProductionStatuses({ fresh: true })
  const [choice, setChoice] = useState<null | string>(null)
  const [deleting, setDeleting] = useState(false)
  const [error, setError] = useState<null | string>(null)
  // Deleting the final status into another than the one before it unlocks what is done in it:
  // the API answers with their count, which the admin confirms by deleting again.
  const [unlock, setUnlock] = useState<null | number>(null)
  const status = statuses?.find((s) => String(s.id) === String(id))
  const others = (statuses ?? []).filter((s) => String(s.id) !== String(id))
  const replacement = choice ?? (others[0] ? String(others[0].id) : '')
  const name = status?.name ?? 'this status'

  const confirm = async () => {
    setDeleting(true)
    setError(null)
    try {
      await fetchJson(
        `${config.serverURL}${config.routes.api}/production-statuses/${id}?replacement=${encodeURIComponent(replacement)}${unlock === null ? '' : `&confirmUnlock=${unlock}`}`,
        { method: 'DELETE' },
      )
      forgetProductionStatuses()
      const to = others.find((s) => String(s.id) === replacement)?.name
      toast.success(`${name} deleted; its documents moved to ${to}`)
      router.push(`${config.routes.admin}/collections/production-statuses`)
    } catch (reason) {
      const ask =
        unlock === null && status
          ? await unlockToConfirm(reason, `${config.serverURL}${config.routes.api}`, status).catch(
              () => null,
            )
          : null
      setUnlock(ask?.count ?? null)
      setError(ask?.message ?? (reason as Error).message)
      setDeleting(false)
    }
  }

  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" disabled={deleting} margin={false} onClick={onClose}>
            Cancel
          </Button>
          <Button
            buttonStyle="primary"
            disabled={!replacement || deleting || !statuses}
            id="confirm-delete-status"
            margin={false}
            onClick={confirm}
          >
            {deleting
              ? 'Deleting…'
              : unlock === null
                ? `Delete ${name}`
                : `Delete ${name} and unlock ${unlock} documents`}
          </Button>
        </>
      }
      id="delete-status-dialog"
      onClose={onClose}
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
        <label style={{ display: 'block' }}>
          <span style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>Move them to</span>
          <span style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
            <select
              disabled={!statuses || deleting}
              id="replacement-status"
              onChange={(event) => {
                setChoice(event.target.value)
                setUnlock(null)
              }}
              style={{ ...inputStyle, minWidth: 200 }}
              value={replacement}
            >
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {other.name}
                </option>
              ))}
            </select>
            {others
              .filter((other) => String(other.id) === replacement)
              .map((other) => (
                <StatusBadge key={other.id} status={other} />
              ))}
          </span>
        </label>
      )}
      <DialogError message={loadError ?? error} />
    </Dialog>
  )
}
