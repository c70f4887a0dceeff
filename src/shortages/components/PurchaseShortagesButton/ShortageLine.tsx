'use client'
import React from 'react'

import type { Named, Row } from './shortageRows'

import { ChoiceSelect, QuantityInput } from '../../../platform/components/Dialog/fields'

export const numberStyle: React.CSSProperties = {
  padding: '4px 8px',
  textAlign: 'right',
  whiteSpace: 'nowrap',
}

type Props = { onChange: (patch: Partial<Row>) => void; options: Named[]; row: Row }

/** One item short: how it is covered, and whether to buy it, from whom and how much. */
export function ShortageLine({ onChange, options, row }: Props) {
  return (
    <tr className="purchase-shortages-line" data-sku={row.sku}>
      <td>
        <input
          aria-label={`Buy ${row.name}`}
          checked={row.include}
          className="purchase-shortages-include"
          onChange={(event) => onChange({ include: event.target.checked })}
          type="checkbox"
        />
      </td>
      <td>
        {row.name} ({row.sku})
      </td>
      <td style={numberStyle}>{row.needed}</td>
      <td style={numberStyle}>{row.onFloor}</td>
      <td style={numberStyle}>{row.issuable}</td>
      <td style={numberStyle}>{row.incoming}</td>
      <td className="purchase-shortages-short" style={numberStyle}>
        {row.short} {row.unit}
      </td>
      <td>
        <ChoiceSelect
          aria-label={`Supplier of ${row.name}`}
          choices={options.map((supplier) => [String(supplier.id), supplier.name] as const)}
          className="purchase-shortages-supplier"
          disabled={!row.include}
          onChange={(supplierId) => onChange({ supplierId })}
          style={{ width: 180 }}
          value={row.supplierId}
        >
          <option value="">(choose)</option>
        </ChoiceSelect>
      </td>
      <td>
        <QuantityInput
          aria-label={`Quantity of ${row.name}`}
          className="purchase-shortages-quantity"
          disabled={!row.include}
          onChange={(quantity) => onChange({ quantity })}
          value={row.quantity}
          width={110}
        />
      </td>
    </tr>
  )
}
