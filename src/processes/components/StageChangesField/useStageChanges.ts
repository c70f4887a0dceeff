'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useMemo, useState } from 'react'

import { useManufacturingApi } from '../../../platform/components/useManufacturingApi'

type Usage = { stages: { entries: number; id: string; name: string; runs: number }[] }

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** The stages as the form holds them now, as a string so unrelated edits do not re-render. */
function useFormStages() {
  return useFormFields(([fields]) =>
    JSON.stringify(
      Object.entries(fields)
        .map(([key, field]) => [/^stages\.(\d+)\.(id|name)$/.exec(key), field?.value] as const)
        .filter(([match]) => match)
        .map(([match, fieldValue]) => [Number(match![1]), match![2], fieldValue]),
    ),
  )
}

/** How many entries and runs each stored stage carries, read again after each save. */
function useStageUsage() {
  const { data, id } = useDocumentInfo()
  const { action } = useManufacturingApi()
  const [usage, setUsage] = useState<null | Usage>(null)
  useEffect(() => {
    if (!id) return
    action<Usage>('processStageUsage', { process: Number(id) }).then(setUsage, () => setUsage(null))
  }, [action, id, data?.updatedAt])
  return usage
}

/** What the edit renames or removes among the stages that runs recorded entries at, as sentences. */
export function useStageChanges() {
  const current = useFormStages()
  const usage = useStageUsage()
  return useMemo(() => {
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
}
