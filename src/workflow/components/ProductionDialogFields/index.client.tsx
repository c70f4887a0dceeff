'use client'
import { toast } from '@payloadcms/ui'
import React from 'react'

import { CaptionField, ChoiceSelect } from '../../../platform/components/Dialog/fields'

export const today = () => new Date().toISOString().slice(0, 10)

/** A labelled control of a create-executions dialog. */
export const Field = CaptionField

/** The production floor picker: the first floor (by id) is where production goes by default. */
export function FloorSelect({
  floors,
  id,
  onChange,
  value,
}: {
  floors: { id: number; name: string }[]
  id: string
  onChange: (floor: string) => void
  value: string
}) {
  return (
    <ChoiceSelect
      choices={floors.map((floor) => [String(floor.id), floor.name] as const)}
      id={id}
      onChange={onChange}
      value={value}
    />
  )
}

export type Made = { id: number; number: string }

/**
 * The success notice: what was made, each by its number linking to its admin page. It stays a
 * while, so there is time to follow a link.
 */
export function notifyCreated(
  adminRoute: string,
  collection: 'executions' | 'manufacturing-orders',
  created: Made[],
  existing: Made[] = [],
  extra = '',
) {
  const links = (made: Made[]) =>
    made.map((m, index) => (
      <React.Fragment key={m.id}>
        {index > 0 && ', '}
        <a
          className="created-link"
          href={`${adminRoute}/collections/${collection}/${m.id}`}
          style={{ textDecoration: 'underline' }}
        >
          {m.number}
        </a>
      </React.Fragment>
    ))
  toast.success(
    <span id="created-notice">
      {created.length ? <>Created {links(created)}.</> : 'Nothing new created.'}
      {existing.length > 0 && <> Already created: {links(existing)}.</>}
      {extra && ` ${extra}`}
    </span>,
    { duration: 15000 },
  )
}
