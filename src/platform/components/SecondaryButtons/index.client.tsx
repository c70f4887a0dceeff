'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

export type SecondaryButtonSpec = {
  disabled?: boolean
  id: string
  label: string
  onClick: () => void
}

type ButtonProps = {
  children: React.ReactNode
  disabled?: boolean
  id?: string
  /** `true` keeps Payload's margin around the button; a control's buttons sit in a spaced row. */
  margin?: boolean
  onClick: () => unknown
  size?: 'medium' | 'small'
}

/** One of Payload's secondary buttons, found by its id: medium and without margin unless told. */
export function SecondaryButton({
  children,
  margin = false,
  onClick,
  size = 'medium',
  ...button
}: ButtonProps) {
  return (
    <Button
      {...button}
      buttonStyle="secondary"
      margin={margin}
      onClick={() => void onClick()}
      size={size}
    >
      {children}
    </Button>
  )
}

/** A row of Payload's secondary buttons, each found by its id. */
export function SecondaryButtons({
  buttons,
  margin = true,
  size,
}: {
  buttons: SecondaryButtonSpec[]
  /** `false` drops Payload's margin around each button. */
  margin?: boolean
  size: 'medium' | 'small'
}) {
  return (
    <>
      {buttons.map(({ label, ...button }) => (
        <SecondaryButton key={button.id} {...button} margin={margin} size={size}>
          {label}
        </SecondaryButton>
      ))}
    </>
  )
}
