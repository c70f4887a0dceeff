'use client'
import React from 'react'

import { itemLabel, unitOf } from './requisitionView'

type Props = { item: unknown; quantity: number; style: React.CSSProperties }

/** A line's first cells in the store's dialogs: its item, and how much of it in the item's unit. */
export function ItemCells({ item, quantity, style }: Props) {
  return (
    <>
      <td style={style}>{itemLabel(item)}</td>
      <td style={style}>
        {quantity} {unitOf(item)}
      </td>
    </>
  )
}
