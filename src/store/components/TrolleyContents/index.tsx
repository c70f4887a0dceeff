import type { UIFieldServerProps } from 'payload'

import React from 'react'

import type { Trolley } from '../../../payload-types'

import { ExecutionGroup } from './ExecutionGroup'
import { loadTrolleyContents } from './loadTrolleyContents'

/** A trolley's lines grouped by the execution each serves, linked to the execution. */
export async function TrolleyContents({ id, payload, user }: UIFieldServerProps) {
  if (!id) return null
  const trolley = (await payload.findByID({
    collection: 'trolleys',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: false,
    user,
  })) as null | Trolley
  if (!trolley) return null
  const contents = await loadTrolleyContents(payload, trolley)
  const admin = payload.config.routes.admin
  return (
    <div className="field-type" data-testid="trolley-contents" style={{ marginBottom: 20 }}>
      <h4 style={{ margin: '0 0 8px' }}>On the trolley, by execution</h4>
      {contents.groups.length === 0 && (
        <p style={{ color: 'var(--theme-elevation-500)' }}>The trolley is empty.</p>
      )}
      {contents.groups.map((group) => (
        <ExecutionGroup
          admin={admin}
          contents={contents}
          group={group}
          key={group.execution ?? 'none'}
        />
      ))}
    </div>
  )
}
