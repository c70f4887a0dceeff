'use client'
import React, { useState } from 'react'

import { ChoicePicker } from '../../../platform/components/ChoicePicker/index.client'
import { DownloadButton } from '../../../platform/components/SecondaryButtons/DownloadButton'
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
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 8 }}>
      <ChoicePicker
        aria-label="Layout"
        choices={[
          ['', 'Each order’s layout'],
          ...productionOrderLayouts.map((choice) => [choice.value, choice.label] as const),
        ]}
        id="production-order-layout"
        onChange={setLayout}
        value={layout}
      />
      <DownloadButton
        buttonStyle={size === 'small' ? 'pill' : 'secondary'}
        href={`${apiURL}/manufacturing-orders/production-order.pdf?${query}`}
        id="production-order-pdf"
        label={label}
        size={size}
      />
    </span>
  )
}
