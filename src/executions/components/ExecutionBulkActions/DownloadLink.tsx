import React from 'react'

/** A download drawn as Payload's small secondary button. */
export function DownloadLink({ href, id, label }: { href: string; id: string; label: string }) {
  return (
    <a className="btn btn--style-secondary btn--size-small" download href={href} id={id}>
      {label}
    </a>
  )
}
