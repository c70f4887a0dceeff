import React from 'react'

/** The requisition's pick list to print, as PDF and as CSV. */
export function PickListLinks({ apiURL, requisition }: { apiURL: string; requisition: number }) {
  const links = [
    ['Pick list (PDF)', 'pick-list.pdf', 'requisition-pick-list-pdf'],
    ['CSV', 'pick-list.csv', 'requisition-pick-list-csv'],
  ]
  return (
    <>
      {links.map(([label, file, id]) => (
        <a
          className="btn btn--style-secondary btn--size-medium"
          download
          href={`${apiURL}/material-requisitions/${file}?ids=${requisition}`}
          id={id}
          key={id}
        >
          {label}
        </a>
      ))}
    </>
  )
}
