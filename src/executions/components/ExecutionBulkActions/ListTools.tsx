'use client'
import { useSearchParams } from 'next/navigation'
import React from 'react'

import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { DownloadButton } from '../../../platform/components/SecondaryButtons/DownloadButton'

/** The list's own filter (its `where`), so the export is the list as the user sees it. */
function useListWhere() {
  const params = useSearchParams()
  return [...params.entries()]
    .filter(([name]) => name.startsWith('where') || name === 'search')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&')
}

/**
 * The tools for the whole list: create several executions (`onCreate`, null for users who may
 * not create them), export the list as filtered.
 */
export function ListTools({ apiURL, onCreate }: { apiURL: string; onCreate: (() => void) | null }) {
  const filter = useListWhere()
  return (
    <>
      {onCreate && (
        <SecondaryButton buttonStyle="pill" id="bulk-create" onClick={onCreate} size="small">
          Create several…
        </SecondaryButton>
      )}
      <DownloadButton
        href={`${apiURL}/executions/export.csv?${filter}`}
        id="export-executions-csv"
        label="Export CSV"
      />
    </>
  )
}
