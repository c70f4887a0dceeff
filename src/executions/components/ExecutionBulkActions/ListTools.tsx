'use client'
import { Button } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React from 'react'

import { DownloadLink } from './DownloadLink'
import { toolbarStyle } from './toolbarStyle'

/** The list's own filter (its `where`), so the export is the list as the user sees it. */
function useListWhere() {
  const params = useSearchParams()
  return [...params.entries()]
    .filter(([name]) => name.startsWith('where'))
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
    <div style={toolbarStyle}>
      {onCreate && (
        <Button buttonStyle="secondary" id="bulk-create" onClick={onCreate} size="small">
          Create several…
        </Button>
      )}
      <DownloadLink
        href={`${apiURL}/executions/export.csv?${filter}`}
        id="export-executions-csv"
        label="Export CSV"
      />
    </div>
  )
}
