import React from 'react'

import { ScreenHeader } from '../touch/ScreenHeader'

type Props = { back: { href: string; label: string }; id: string; what: string }

/** A station whose document does not exist, or that the user may not read: said so, with a way back. */
export function StationMissing({ back, id, what }: Props) {
  return (
    <>
      <ScreenHeader back={back} title={what[0]!.toUpperCase() + what.slice(1)} />
      <p role="alert" style={{ fontSize: 20 }}>
        There is no {what} {id}, or you may not see it.
      </p>
    </>
  )
}
