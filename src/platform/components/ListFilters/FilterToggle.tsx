'use client'
import { Pill } from '@payloadcms/ui'
import React from 'react'

type Props = {
  /** The data attribute the pill is found by, e.g. `{ 'data-date-filter': 'today' }`. */
  data: Record<`data-${string}`, string>
  label: string
  onClick: () => void
  pressed: boolean
}

const noRef = () => undefined

/** A quick filter a click turns on or off: Payload's pill, dark while on. */
export function FilterToggle({ data, label, onClick, pressed }: Props) {
  return (
    <Pill
      elementProps={
        { ...data, 'aria-pressed': pressed, ref: noRef } as React.ComponentProps<
          typeof Pill
        >['elementProps']
      }
      onClick={onClick}
      pillStyle={pressed ? 'dark' : 'light'}
      size="small"
    >
      {label}
    </Pill>
  )
}
