'use client'
import React from 'react'

type Props = {
  /** The data attribute the button is found by, e.g. `{ 'data-date-filter': 'today' }`. */
  data: Record<`data-${string}`, string>
  label: string
  onClick: () => void
  pressed: boolean
}

/** A quick filter a click turns on or off, drawn as Payload's small button. */
export function FilterToggle({ data, label, onClick, pressed }: Props) {
  return (
    <button
      aria-pressed={pressed}
      className={`btn btn--size-small ${pressed ? 'btn--style-primary' : 'btn--style-secondary'}`}
      onClick={onClick}
      type="button"
      {...data}
    >
      {label}
    </button>
  )
}
