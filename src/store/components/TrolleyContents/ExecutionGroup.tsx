import React from 'react'

import type { TrolleyGroup } from '../../rules/trolleyContents'
import type { TrolleyContentsView } from './loadTrolleyContents'

import { LinesTable } from '../../../platform/components/Dialog/fields'
import { lineCell as cell } from '../../../platform/components/figureCells'

type Props = { admin: string; contents: TrolleyContentsView; group: TrolleyGroup }

/** The trolley's lines for one execution (or for none): item, lot, quantity and requisition. */
export function ExecutionGroup({ admin, contents, group }: Props) {
  const { executions, items, lots, requisitions } = contents
  const execution = group.execution ? executions.get(group.execution) : undefined
  return (
    <section data-execution={execution?.code ?? ''}>
      <h5 style={{ margin: '12px 0 4px' }}>
        {group.execution ? (
          <a href={`${admin}/collections/executions/${group.execution}`}>
            {execution?.code ?? `#${group.execution}`}
          </a>
        ) : (
          'For no execution'
        )}
        {execution?.productDescription ? ` · ${execution.productDescription}` : ''}
      </h5>
      <LinesTable columns={['Item', 'Lot', 'Quantity', 'Requisition']} headStyle={cell}>
        {group.lines.map((line) => {
          const item = items.get(line.item)
          return (
            <tr key={`${line.requisition}:${line.item}:${line.lot}`}>
              <td style={cell}>{item ? `${item.sku} · ${item.name}` : `#${line.item}`}</td>
              <td style={cell}>{lots.get(line.lot)?.code ?? `#${line.lot}`}</td>
              <td style={cell}>
                {line.quantity.toFixed()} {item?.unit ?? ''}
              </td>
              <td style={cell}>
                <a href={`${admin}/collections/material-requisitions/${line.requisition}`}>
                  {requisitions.get(line.requisition)?.code ?? `#${line.requisition}`}
                </a>
              </td>
            </tr>
          )
        })}
      </LinesTable>
    </section>
  )
}
