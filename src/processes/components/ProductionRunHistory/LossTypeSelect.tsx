'use client'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { type LineDraft } from './lineDraft'

/** A loss line's type: waste, rejection or scrap. */
export function LossTypeSelect(props: {
  id: string
  onChange: (type: LineDraft['type']) => void
  value: LineDraft['type']
}) {
  return (
    <select
      aria-label="Loss type"
      id={props.id}
      onChange={(e) => props.onChange(e.target.value as LineDraft['type'])}
      style={inputStyle}
      value={props.value}
    >
      <option value="waste">Waste</option>
      <option value="rejection">Rejection</option>
      <option value="scrap">Scrap</option>
    </select>
  )
}
