'use client'
import React from 'react'

import { inputStyle } from '../../../platform/components/Dialog/index.client'
import { type LineDraft } from './lineDraft'

type NewItem = LineDraft['newItem']

/** The name, SKU and unit of an item the output line creates. */
export function NewItemFields(props: {
  id: (field: string) => string
  onChange: (newItem: NewItem) => void
  value: NewItem
}) {
  return (
    <div style={{ display: 'flex', flexBasis: '100%', gap: 8 }}>
      {(['name', 'sku', 'unit'] as const).map((field) => (
        <input
          aria-label={`New item ${field}`}
          id={props.id(`new-${field}`)}
          key={field}
          onChange={(e) => props.onChange({ ...props.value, [field]: e.target.value })}
          placeholder={{ name: 'Name', sku: 'SKU', unit: 'Unit (e.g. ct)' }[field]}
          style={{ ...inputStyle, flex: field === 'name' ? '2 1 10rem' : '1 1 6rem' }}
          value={props.value[field]}
        />
      ))}
    </div>
  )
}
