'use client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import type { ProductionChoices } from '../productionChoices'

import { Dialog, DialogError, inputStyle } from '../../../platform/components/Dialog/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { Field, FloorSelect, notifyCreated, today } from '../ProductionDialogFields/index.client'
import { useSubmit } from '../../../platform/components/useSubmit'

/** Executions (production) or manufacturing orders, made from BOMs. */
export type BomLinesKind = 'executions' | 'manufacturing-orders'

type Line = { amount: string; bom: string; by: 'batches' | 'quantity'; produced: string }

const newLine = (bom: string): Line => ({ amount: '1', bom, by: 'quantity', produced: '' })

type Props = ProductionChoices & { bom: number; kind: BomLinesKind; onClose: () => void }

/**
 * Asks where, when, and how much of each BOM (this one, and more with "+ Add BOM"), then makes
 * them in one request: all or none. The notice links to each document made.
 */
export function BomLinesDialog({ bom, floors, kind, onClose, startsDoneAs }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL}${config.routes.api}`
  const orders = kind === 'manufacturing-orders'
  const prefix = orders ? 'create-manufacturing-order' : 'create-executions'
  const [boms, setBoms] = useState<{ id: number; name: string }[]>([])
  const [lines, setLines] = useState<Line[]>([newLine(String(bom))])
  const [floor, setFloor] = useState(String(floors[0]?.id ?? ''))
  const [date, setDate] = useState(orders ? '' : today())
  const { busy, error, submit } = useSubmit()
  const needsProduced = !orders && startsDoneAs !== null

  useEffect(() => {
    fetchJson<{ docs: { id: number; name: string }[] }>(
      `${api}/boms?depth=0&limit=500&sort=name&select[name]=true`,
    )
      .then(({ docs }) => setBoms(docs))
      .catch(() => setBoms([]))
  }, [api])

  const change = (index: number, patch: Partial<Line>) =>
    setLines((all) => all.map((line, i) => (i === index ? { ...line, ...patch } : line)))

  const create = () =>
    submit(async () => {
      const location = floor ? Number(floor) : undefined
      if (orders) {
        const { created } = await postAction<{ created: { id: number; orderNumber: string }[] }>(
          api,
          'createManufacturingOrdersFromBoms',
          {
            lines: lines.map((line) => ({
              bom: Number(line.bom),
              ...(line.by === 'batches'
                ? { batches: Number(line.amount) }
                : { quantity: line.amount }),
              ...(date ? { deadline: date } : {}),
              location,
            })),
          },
        )
        notifyCreated(
          config.routes.admin,
          kind,
          created.map((c) => ({ id: c.id, number: c.orderNumber })),
        )
      } else {
        const { created } = await postAction<{ created: { code: string; id: number }[] }>(
          api,
          'createExecutionsFromBoms',
          {
            lines: lines.map((line) => ({
              bom: Number(line.bom),
              ...(needsProduced ? { producedQuantity: line.produced } : {}),
              productionDate: date,
              productionFloor: location,
              quantity: line.amount,
            })),
          },
        )
        notifyCreated(
          config.routes.admin,
          kind,
          created.map((c) => ({ id: c.id, number: c.code })),
        )
      }
      onClose()
      router.refresh()
    })

  const title = orders ? 'Create manufacturing order' : 'Create executions'
  return (
    <Dialog
      actions={
        <>
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={onClose}>
            Cancel
          </Button>
          <Button
            buttonStyle="primary"
            disabled={busy}
            id={`${prefix}-confirm`}
            margin={false}
            onClick={create}
          >
            {busy ? 'Creating…' : 'Create'}
          </Button>
        </>
      }
      id={`${prefix}-dialog`}
      onClose={onClose}
      title={title}
      width={720}
    >
      <p style={{ marginTop: 0 }}>
        {orders
          ? "An order of each recipe's product. A quantity of a product made in batches becomes the whole batches that cover it."
          : 'An execution of each recipe, its components scaled to the quantity.'}
        {needsProduced &&
          ` New executions are created ${startsDoneAs}: enter how much each produced.`}
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginBottom: 16 }}>
        <Field label="Production floor">
          <FloorSelect floors={floors} id={`${prefix}-floor`} onChange={setFloor} value={floor} />
        </Field>
        <Field label={orders ? 'Deadline' : 'Production date'}>
          <input
            id={`${prefix}-date`}
            onChange={(event) => setDate(event.target.value)}
            style={inputStyle}
            type="date"
            value={date}
          />
        </Field>
      </div>
      {lines.map((line, index) => (
        <div
          className={`${prefix}-line`}
          key={index}
          style={{
            alignItems: 'flex-end',
            display: 'flex',
            flexWrap: 'wrap',
            gap: 16,
            marginBottom: 12,
          }}
        >
          <Field label="BOM">
            <select
              className={`${prefix}-bom`}
              disabled={index === 0}
              onChange={(event) => change(index, { bom: event.target.value })}
              style={{ ...inputStyle, minWidth: 200 }}
              value={line.bom}
            >
              {!boms.some((b) => String(b.id) === line.bom) && (
                <option value={line.bom}>{index === 0 ? 'This BOM' : 'Choose a BOM'}</option>
              )}
              {boms.map((b) => (
                <option key={b.id} value={String(b.id)}>
                  {b.name || `BOM ${b.id}`}
                </option>
              ))}
            </select>
          </Field>
          {orders && (
            <Field label="Make">
              <select
                className={`${prefix}-by`}
                onChange={(event) => change(index, { by: event.target.value as Line['by'] })}
                style={inputStyle}
                value={line.by}
              >
                <option value="quantity">a quantity</option>
                <option value="batches">batches</option>
              </select>
            </Field>
          )}
          <Field label={line.by === 'batches' ? 'Batches' : 'Quantity'}>
            <input
              className={`${prefix}-quantity`}
              min={0}
              onChange={(event) => change(index, { amount: event.target.value })}
              step={line.by === 'batches' ? 1 : 'any'}
              style={{ ...inputStyle, width: 120 }}
              type="number"
              value={line.amount}
            />
          </Field>
          {needsProduced && (
            <Field label="Produced">
              <input
                className={`${prefix}-produced`}
                min={0}
                onChange={(event) => change(index, { produced: event.target.value })}
                step="any"
                style={{ ...inputStyle, width: 120 }}
                type="number"
                value={line.produced}
              />
            </Field>
          )}
          {index > 0 && (
            <Button
              buttonStyle="secondary"
              margin={false}
              onClick={() => setLines((all) => all.filter((_, i) => i !== index))}
              size="small"
            >
              Remove
            </Button>
          )}
        </div>
      ))}
      <Button
        buttonStyle="secondary"
        disabled={boms.length === 0}
        id={`${prefix}-add-bom`}
        margin={false}
        onClick={() => setLines((all) => [...all, newLine(String(boms[0]?.id ?? ''))])}
        size="small"
      >
        + Add BOM
      </Button>
      <DialogError message={error} />
    </Dialog>
  )
}
