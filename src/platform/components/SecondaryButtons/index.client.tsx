'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

export type SecondaryButtonSpec = {
  disabled?: boolean
  id: string
  label: string
  onClick: () => void
}

/** A row of Payload's secondary buttons, each found by its id. */
export function SecondaryButtons({
  buttons,
  margin,
  size,
}: {
  buttons: SecondaryButtonSpec[]
  /** `false` drops Payload's margin around each button. */
  margin?: boolean
  size: 'medium' | 'small'
}) {
  return (
    <>
      {buttons.map(({ disabled, id, label, onClick }) => (
        <Button
          buttonStyle="secondary"
          disabled={disabled}
          id={id}
          key={id}
          margin={margin}
          onClick={onClick}
          size={size}
        >
          {label}
        </Button>
      ))}
    </>
  )
}
