'use client'
import type { CheckboxFieldClientComponent } from 'payload'

import { FieldError, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

type Usage = { stages: { entries: number; id: string; name: string; runs: number }[] }

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The process's "Confirm stage changes" checkbox, shown only when the edit renames or removes
 * stages that runs recorded entries at: it says which and how much history they carry. The
 * server refuses such a save without it (confirm: true), whatever client sends it.
 */
export const StageChangesField: CheckboxFieldClientComponent = ({ path }) => {
  const { errorMessage, setValue, showError, value } = useField<boolean>({ path })
  const { data, id } = useDocumentInfo()
  const { action } = useManufacturingApi()
  // The stages as the form holds them now, as a string so unrelated edits do not re-render.
  const current = useFormFields(([fields]) =>
    JSON.stringify(
      Object.entries(fields)
        .map(([key, field]) => [/^stages\.(\d+)\.(id|name)$/.exec(key), field?.value] as const)
        .filter(([match]) => match)
        .map(([match, fieldValue]) => [Number(match![1]), match![2], fieldValue]),
    ),
  )
  const [usage, setUsage] = useState<null | Usage>(null)
  useEffect(() => {
    if (!id) return
    action<Usage>('processStageUsage', { process: Number(id) }).then(setUsage, () => setUsage(null))
  }, [action, id, data?.updatedAt])

  const changes = useMemo(() => {
    const rows = new Map<number, { id?: string; name?: string }>()
    for (const [index, key, fieldValue] of JSON.parse(current) as [number, string, string][])
      rows.set(index, { ...rows.get(index), [key]: fieldValue })
    const now = new Map([...rows.values()].map((row) => [String(row.id), row.name ?? '']))
    return (usage?.stages ?? []).flatMap((stage) => {
      if (stage.entries === 0) return []
      const name = now.get(stage.id)
      if (name === stage.name) return []
      const what =
        name === undefined ? `Removing “${stage.name}”` : `Renaming “${stage.name}” to “${name}”`
      return [
        `${what} touches ${plural(stage.entries, 'recorded entry', 'recorded entries')} in ${plural(stage.runs, 'run', 'runs')}.`,
      ]
    })
  }, [current, usage])

  useEffect(() => {
    if (changes.length === 0 && value) setValue(false)
  }, [changes.length, setValue, value])

  if (changes.length === 0) return null
  return (
    <div
      className="field-type"
      id="stage-changes-warning"
      role="alert"
      style={{
        background: 'var(--theme-warning-50, #fff7e6)',
        border: '1px solid var(--theme-warning-200, #f5d08a)',
        borderRadius: 'var(--style-radius-s, 4px)',
        marginBottom: 'var(--base)',
        padding: 'calc(var(--base) / 2) var(--base)',
      }}
    >
      <FieldError message={errorMessage} path={path} showError={showError} />
      {changes.map((change) => (
        <p key={change} style={{ margin: '0 0 6px' }}>
          {change}
        </p>
      ))}
      <p style={{ margin: '0 0 8px' }}>
        Their entries keep the stage name they were recorded under.
      </p>
      <label style={{ alignItems: 'center', display: 'inline-flex', fontWeight: 600, gap: 8 }}>
        <input
          checked={value === true}
          id="field-confirm"
          onChange={(event) => setValue(event.target.checked)}
          type="checkbox"
        />
        Confirm stage changes
      </label>
    </div>
  )
}
