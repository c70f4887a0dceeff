import Link from 'next/link'
import React from 'react'

import { type TouchTone, touchControl } from './touchStyles'

type Props = {
  children: React.ReactNode
  href: string
  id?: string
  tone?: TouchTone
}

/** A link shaped like a touch button. */
export function TouchLink({ children, href, id, tone = 'secondary' }: Props) {
  return (
    <Link href={href} id={id} style={touchControl(tone)}>
      {children}
    </Link>
  )
}
