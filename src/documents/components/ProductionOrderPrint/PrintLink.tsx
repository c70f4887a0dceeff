'use client'
import React, { useState } from 'react'

import { productionOrderLayouts } from '../../../workflow/rules/productionOrderLayouts'

type Props = {
  apiURL: string
  /** The orders' ids joined by commas. */
  ids: string
  label: string
  size: 'medium' | 'small'
}

/** Print production orders: in each order's own layout, or in one chosen for all. */
export function PrintLink({ apiURL, ids, label, size }: Props) {
  const [layout, setLayout] = useState('')
  const query = `ids=${ids}${layout ? `&layout=${layout}` : ''}`
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 6 }}>
      <select
        aria-label="Layout"
        id="production-order-layout"
        onChange={(event) => setLayout(event.target.value)}
        value={layout}
      >
        <option value="">Each order’s layout</option>
        {productionOrderLayouts.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <a
        className={`btn btn--style-secondary btn--size-${size}`}
        download
        href={`${apiURL}/manufacturing-orders/production-order.pdf?${query}`}
        id="production-order-pdf"
      >
        {label}
      </a>
    </span>
  )
}
