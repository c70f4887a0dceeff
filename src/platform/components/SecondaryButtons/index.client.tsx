'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

export type SecondaryButtonSpec = {
  disabled?: boolean
  id: string
  label: string
  onClick: () => void
}

/** Payload's secondary button on a document and in dialogs, its pill in a list's bars. */
export type ButtonLook = 'pill' | 'secondary'

type ButtonProps = {
  buttonStyle?: ButtonLook
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
  buttonStyle = 'secondary',
  children,
  margin = false,
  onClick,
  size = 'medium',
  ...button
}: ButtonProps) {
  return (
    <Button
      {...button}
      buttonStyle={buttonStyle}
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
  buttonStyle,
  buttons,
  margin = true,
  size,
}: {
  buttonStyle?: ButtonLook
  buttons: SecondaryButtonSpec[]
  /** `false` drops Payload's margin around each button. */
  margin?: boolean
  size: 'medium' | 'small'
}) {
  return (
    <>
      {buttons.map(({ label, ...button }) => (
        <SecondaryButton
          buttonStyle={buttonStyle}
          key={button.id}
          {...button}
          margin={margin}
          size={size}
        >
          {label}
        </SecondaryButton>
      ))}
    </>
  )
}
