'use client'
import type {
  DefaultCellComponentProps,
  SelectFieldClientComponent,
  SelectFieldClientProps,
} from 'payload'

import { useField } from '@payloadcms/ui'
import React from 'react'

/** How each value of a derived state looks: its color and its words. */
export type StateLooks = Record<string, { color: string; label: string }>

/** A derived state as a colored pill (an unknown value in grey, as it is). */
export function StateBadge({
  className,
  looks,
  value,
}: {
  className: string
  looks: StateLooks
  value?: null | string
}) {
  if (!value) return null
  const look = looks[value] ?? { color: '#6b7280', label: value }
  return (
    <span
      className={className}
      data-state={value}
      style={{
        background: look.color,
        borderRadius: 999,
        color: '#fff',
        display: 'inline-block',
        fontSize: 13,
        lineHeight: '20px',
        padding: '2px 10px',
        whiteSpace: 'nowrap',
      }}
    >
      {look.label}
    </span>
  )
}

/** The badge on a document's page, read-only under its label: the plugin derives the value. */
export function StateBadgeField({
  className,
  field,
  fallbackLabel,
  looks,
  path,
}: Pick<SelectFieldClientProps, 'field' | 'path'> & {
  className: string
  fallbackLabel: string
  looks: StateLooks
}) {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type" data-field={field.name} style={{ marginBottom: 16 }}>
      <div style={{ color: 'var(--theme-elevation-600)', fontSize: 13, marginBottom: 4 }}>
        {typeof field.label === 'string' ? field.label : fallbackLabel}
      </div>
      <StateBadge className={className} looks={looks} value={value} />
    </div>
  )
}

/**
 * A derived state's badge, its list cell and its read-only field, in `className`'s look; the
 * field falls back to `fallbackLabel` (else its name) when its label is not text.
 */
export function stateBadges(className: string, looks: StateLooks, fallbackLabel?: string) {
  const Badge = ({ value }: { value?: null | string }) => (
    <StateBadge className={className} looks={looks} value={value} />
  )
  const Cell = ({ cellData }: DefaultCellComponentProps) => <Badge value={cellData as string} />
  const Field: SelectFieldClientComponent = ({ field, path }) => (
    <StateBadgeField
      className={className}
      fallbackLabel={fallbackLabel ?? field.name}
      field={field}
      looks={looks}
      path={path}
    />
  )
  return { Badge, Cell, Field }
}
