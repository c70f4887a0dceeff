'use client'
import React from 'react'

import { type TouchTone, touchControl } from './touchStyles'

type Props = Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'style'> & {
  /** The screen's main step: full width and taller. */
  large?: boolean
  tone?: TouchTone
}

/** A button a gloved finger hits: at least 48 px either way, large type, no hover needed. */
export function TouchButton({ large, tone = 'secondary', type = 'button', ...rest }: Props) {
  return (
    <button
      {...rest}
      style={{
        ...touchControl(tone, large),
        ...(large ? { width: '100%' } : {}),
        ...(rest.disabled ? { cursor: 'not-allowed', opacity: 0.5 } : {}),
      }}
      type={type}
    />
  )
}
