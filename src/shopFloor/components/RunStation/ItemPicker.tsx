'use client'
import React, { useState } from 'react'

import { ChoiceButtons } from '../stationParts/ChoiceButtons'
import type { ItemChoice } from '../stationParts/loadItemChoices'
import { TouchButton } from '../touch/TouchButton'

type Props = {
  /** What to say when there is no item to offer. */
  empty: string
  items: ItemChoice[]
  /** The items offered first, as large buttons. */
  offered: number[]
  onChange: (item: string) => void
  value: string
}

const choiceOf = (item: ItemChoice) => ({
  detail: item.name,
  label: item.sku,
  value: String(item.id),
})

/** The entry's item: the likely ones as large buttons, any other found by typing part of it. */
export function ItemPicker({ empty, items, offered, onChange, value }: Props) {
  const [searching, setSearching] = useState(false)
  const [text, setText] = useState('')
  const byId = new Map(items.map((item) => [item.id, item]))
  const shown = offered.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
  const chosen = byId.get(Number(value))
  if (chosen && !shown.includes(chosen)) shown.push(chosen)
  const wanted = text.trim().toLowerCase()
  const found = wanted
    ? items.filter((item) => `${item.sku} ${item.name}`.toLowerCase().includes(wanted)).slice(0, 12)
    : []
  return (
    <div>
      {shown.length > 0 ? (
        <ChoiceButtons
          choices={shown.map(choiceOf)}
          id="entry-item"
          label="Item"
          onChange={onChange}
          value={value}
        />
      ) : (
        <p style={{ margin: '8px 0' }}>{empty}</p>
      )}
      {searching ? (
        <div style={{ margin: '8px 0' }}>
          <input
            aria-label="Find an item by SKU or name"
            autoFocus
            id="entry-item-search"
            onChange={(event) => setText(event.target.value)}
            placeholder="SKU or name"
            style={{
              boxSizing: 'border-box',
              fontSize: 20,
              minHeight: 48,
              padding: '8px 12px',
              width: '100%',
            }}
            value={text}
          />
          <ChoiceButtons
            choices={found.map(choiceOf)}
            id="entry-item-found"
            label={wanted ? `${found.length} found` : 'Type to find an item'}
            onChange={(item) => {
              onChange(item)
              setSearching(false)
              setText('')
            }}
            value={value}
          />
        </div>
      ) : (
        <TouchButton id="entry-other-item" onClick={() => setSearching(true)}>
          Other item…
        </TouchButton>
      )}
    </div>
  )
}
