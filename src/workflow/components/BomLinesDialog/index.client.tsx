'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { ProductionChoices } from '../productionChoices'

import { ChoiceSelect, QuantityInput } from '../../../platform/components/Dialog/fields'
import { useRows } from '../../../platform/components/Dialog/useRows'
import { DialogButton } from '../../../platform/components/DialogButton/index.client'
import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'
import { fetchJson, postAction } from '../../../platform/components/fetchJson'
import { Field, notifyCreated } from '../ProductionDialogFields/index.client'
import {
  type ProductionForm,
  ProductionDialog,
  targetArgs,
  useProductionForm,
} from '../ProductionDialogFields/ProductionDialog'

/** Executions (production) or manufacturing orders, made from BOMs. */
export type BomLinesKind = 'executions' | 'manufacturing-orders'

/** The dialog's title (its button's label too) and the prefix of its elements' ids. */
const namesOf = (kind: BomLinesKind) =>
  kind === 'manufacturing-orders'
    ? { prefix: 'create-manufacturing-order', title: 'Create manufacturing order' }
    : { prefix: 'create-executions', title: 'Create executions' }

type Line = { amount: string; bom: string; by: 'batches' | 'quantity'; produced: string }
type Bom = { id: number; name: string }

/** An order is made of a quantity, or of whole batches. */
const makeBy = [
  ['quantity', 'a quantity'],
  ['batches', 'batches'],
] as const

const newLine = (bom: string): Line => ({ amount: '1', bom, by: 'quantity', produced: '' })

type Props = ProductionChoices & { bom: number; kind: BomLinesKind; onClose: () => void }

type LineProps = {
  boms: Bom[]
  /** The dialog's own BOM, fixed and not removable. */
  first: boolean
  line: Line
  needsProduced: boolean
  onChange: (patch: Partial<Line>) => void
  onRemove: () => void
  orders: boolean
  prefix: string
}

/** The BOM of a line: the dialog's own on the first line, fixed; any on the others. */
function BomSelect({
  boms,
  className,
  first,
  onChange,
  value,
}: {
  boms: Bom[]
  className: string
  first: boolean
  onChange: (bom: string) => void
  value: string
}) {
  return (
    <ChoiceSelect
      choices={boms.map((b) => [String(b.id), b.name || `BOM ${b.id}`] as const)}
      className={className}
      disabled={first}
      onChange={onChange}
      style={{ minWidth: 200 }}
      value={value}
    >
      {!boms.some((b) => String(b.id) === value) && (
        <option value={value}>{first ? 'This BOM' : 'Choose a BOM'}</option>
      )}
    </ChoiceSelect>
  )
}

/** One BOM to make: which (the dialog's own BOM first, fixed), by quantity or batches, how much. */
function BomLine({
  boms,
  first,
  line,
  needsProduced,
  onChange,
  onRemove,
  orders,
  prefix,
}: LineProps) {
  return (
    <div
      className={`${prefix}-line`}
      style={{
        alignItems: 'flex-end',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 16,
        marginBottom: 12,
      }}
    >
      <Field label="BOM">
        <BomSelect
          boms={boms}
          className={`${prefix}-bom`}
          first={first}
          onChange={(bom) => onChange({ bom })}
          value={line.bom}
        />
      </Field>
      {orders && (
        <Field label="Make">
          <ChoiceSelect
            choices={makeBy}
            className={`${prefix}-by`}
            onChange={(by) => onChange({ by: by as Line['by'] })}
            value={line.by}
          />
        </Field>
      )}
      <Field label={line.by === 'batches' ? 'Batches' : 'Quantity'}>
        <QuantityInput
          className={`${prefix}-quantity`}
          onChange={(amount) => onChange({ amount })}
          step={line.by === 'batches' ? 1 : 'any'}
          value={line.amount}
          width={120}
        />
      </Field>
      {needsProduced && (
        <Field label="Produced">
          <QuantityInput
            className={`${prefix}-produced`}
            onChange={(produced) => onChange({ produced })}
            value={line.produced}
            width={120}
          />
        </Field>
      )}
      {!first && (
        <SecondaryButton onClick={onRemove} size="small">
          Remove
        </SecondaryButton>
      )}
    </div>
  )
}

/** Makes the lines' orders or executions in one request and says what was made. */
async function createFromBoms(
  api: string,
  adminRoute: string,
  {
    form,
    kind,
    lines,
    needsProduced,
  }: { form: ProductionForm; kind: BomLinesKind; lines: Line[]; needsProduced: boolean },
) {
  if (kind === 'manufacturing-orders') {
    const { created } = await postAction<{ created: { id: number; orderNumber: string }[] }>(
      api,
      'createManufacturingOrdersFromBoms',
      {
        lines: lines.map((line) => ({
          bom: Number(line.bom),
          ...(line.by === 'batches' ? { batches: Number(line.amount) } : { quantity: line.amount }),
          ...targetArgs(form, true, null),
        })),
      },
    )
    return notifyCreated(
      adminRoute,
      kind,
      created.map((c) => ({ id: c.id, number: c.orderNumber })),
    )
  }
  const { created } = await postAction<{ created: { code: string; id: number }[] }>(
    api,
    'createExecutionsFromBoms',
    {
      lines: lines.map((line) => ({
        bom: Number(line.bom),
        ...targetArgs(form, false, needsProduced ? line.produced : null),
        quantity: line.amount,
      })),
    },
  )
  notifyCreated(
    adminRoute,
    kind,
    created.map((c) => ({ id: c.id, number: c.code })),
  )
}

/** The BOMs a line may choose, by name (none when they cannot be read). */
function useBoms(api: string) {
  const [boms, setBoms] = useState<Bom[]>([])
  useEffect(() => {
    fetchJson<{ docs: Bom[] }>(`${api}/boms?depth=0&limit=500&sort=name&select[name]=true`)
      .then(({ docs }) => setBoms(docs))
      .catch(() => setBoms([]))
  }, [api])
  return boms
}

/**
 * Asks where, when, and how much of each BOM (this one, and more with "+ Add BOM"), then makes
 * them in one request: all or none. The notice links to each document made.
 */
export function BomLinesDialog({ bom, kind, onClose, ...choices }: Props) {
  const { config } = useConfig()
  const api = `${config.serverURL}${config.routes.api}`
  const orders = kind === 'manufacturing-orders'
  const { prefix, title } = namesOf(kind)
  const boms = useBoms(api)
  const { add, change, remove, rows: lines } = useRows<Line>([newLine(String(bom))])
  const form = useProductionForm(choices, orders, onClose)
  const { needsProduced } = form
  const create = () =>
    form.create(() =>
      createFromBoms(api, config.routes.admin, { form, kind, lines, needsProduced }),
    )

  return (
    <ProductionDialog
      form={form}
      intro={
        orders
          ? "An order of each recipe's product. A quantity of a product made in batches becomes the whole batches that cover it."
          : 'An execution of each recipe, its components scaled to the quantity.'
      }
      onCreate={create}
      prefix={prefix}
      title={title}
    >
      {lines.map((line, index) => (
        <BomLine
          boms={boms}
          first={index === 0}
          key={index}
          line={line}
          needsProduced={needsProduced}
          onChange={(patch) => change(index, patch)}
          onRemove={() => remove(index)}
          orders={orders}
          prefix={prefix}
        />
      ))}
      <SecondaryButton
        disabled={boms.length === 0}
        id={`${prefix}-add-bom`}
        onClick={() => add(() => newLine(String(boms[0]?.id ?? '')))}
        size="small"
      >
        + Add BOM
      </SecondaryButton>
    </ProductionDialog>
  )
}

/** The button on a BOM that asks where, when and how much of it (and others) to make as `kind`. */
export function BomLinesControl({ kind, ...choices }: ProductionChoices & { kind: BomLinesKind }) {
  const { prefix, title } = namesOf(kind)
  return (
    <DialogButton
      dialog={(bom, close) => <BomLinesDialog {...choices} bom={bom} kind={kind} onClose={close} />}
      id={`${prefix}-button`}
      label={title}
    />
  )
}
