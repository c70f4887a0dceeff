import type { Payload, UIFieldServerProps } from 'payload'

import Big from 'big.js'
import React from 'react'

import type { MaterialRequisition, Trolley } from '../../../payload-types'
import { idOf } from '../../../platform/idOf'
import { trolleyByExecution } from '../../rules/trolleyContents'
import { decimalOf } from '../../../platform/rules/decimal'

const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100)',
  padding: '6px 8px',
  textAlign: 'left',
}

/** Documents by id, read as the system: the page's reader may already read the trolley. */
async function named<T>(
  payload: Payload,
  collection: 'executions' | 'items' | 'lots' | 'material-requisitions',
  ids: number[],
): Promise<Map<number, T>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { id: { in: [...new Set(ids)] } },
  })
  return new Map(docs.map((doc) => [doc.id, doc as T]))
}

/** A trolley's lines grouped by the execution each serves, linked to the execution. */
export async function TrolleyContents({ id, payload, user }: UIFieldServerProps) {
  if (!id) return null
  const trolley = (await payload.findByID({
    collection: 'trolleys',
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: false,
    user,
  })) as null | Trolley
  if (!trolley) return null
  const lines = (trolley.lines ?? []).map((line) => ({
    item: idOf(line.item),
    lot: idOf(line.lot),
    quantity: new Big(line.quantity),
    requisition: idOf(line.requisition),
  }))
  const requisitions = await named<MaterialRequisition>(
    payload,
    'material-requisitions',
    lines.map((line) => line.requisition),
  )
  const groups = trolleyByExecution(
    lines,
    [...requisitions.values()].flatMap((requisition) =>
      (requisition.lines ?? []).map((line) => ({
        item: idOf(line.item),
        links: (line.links ?? []).map((link) => ({
          execution: idOf(link.execution),
          quantity: decimalOf(link.quantity),
        })),
        requisition: requisition.id,
      })),
    ),
  )
  const [executions, items, lots] = await Promise.all([
    named<{ code?: string; productDescription?: string }>(
      payload,
      'executions',
      groups.flatMap((g) => (g.execution ? [g.execution] : [])),
    ),
    named<{ name: string; sku: string; unit: string }>(
      payload,
      'items',
      lines.map((line) => line.item),
    ),
    named<{ code: string }>(
      payload,
      'lots',
      lines.map((line) => line.lot),
    ),
  ])
  const admin = payload.config.routes.admin
  return (
    <div className="field-type" data-testid="trolley-contents" style={{ marginBottom: 20 }}>
      <h4 style={{ margin: '0 0 8px' }}>On the trolley, by execution</h4>
      {groups.length === 0 && (
        <p style={{ color: 'var(--theme-elevation-500)' }}>The trolley is empty.</p>
      )}
      {groups.map((group) => {
        const execution = group.execution ? executions.get(group.execution) : undefined
        return (
          <section data-execution={execution?.code ?? ''} key={group.execution ?? 'none'}>
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
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>
                  <th style={cell}>Item</th>
                  <th style={cell}>Lot</th>
                  <th style={cell}>Quantity</th>
                  <th style={cell}>Requisition</th>
                </tr>
              </thead>
              <tbody>
                {group.lines.map((line) => {
                  const item = items.get(line.item)
                  const requisition = requisitions.get(line.requisition)
                  return (
                    <tr key={`${line.requisition}:${line.item}:${line.lot}`}>
                      <td style={cell}>{item ? `${item.sku} · ${item.name}` : `#${line.item}`}</td>
                      <td style={cell}>{lots.get(line.lot)?.code ?? `#${line.lot}`}</td>
                      <td style={cell}>
                        {line.quantity.toFixed()} {item?.unit ?? ''}
                      </td>
                      <td style={cell}>
                        <a href={`${admin}/collections/material-requisitions/${line.requisition}`}>
                          {requisition?.code ?? `#${line.requisition}`}
                        </a>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </section>
        )
      })}
    </div>
  )
}
