'use client'
import React from 'react'

import { decimalOf, minDecimal } from '../../../platform/rules/decimal'
import { stillToPick } from '../../rules/stationChoices'
import { ChoiceButtons } from '../stationParts/ChoiceButtons'
import { StationNotice } from '../stationParts/StationNotice'
import { NumericKeypad } from '../touch/NumericKeypad'
import { TouchButton } from '../touch/TouchButton'
import type { OrderIngredient, OrderStationData } from './loadOrderStation'
import { usePicking } from './usePicking'

const lineChoice = (line: OrderIngredient) => {
  const open = stillToPick(line)
  const lots = line.pickedLots.map((p) => `${p.code} (${p.quantity})`).join(', ')
  return {
    detail: open.gt(0)
      ? `${open.toFixed()} ${line.unit} to pick${lots ? ` · ${lots}` : ''}`
      : `picked in full${lots ? ` · ${lots}` : ''}`,
    label: `${line.sku} · ${line.name}`,
    value: line.id,
  }
}

/**
 * The ingredients to pick: tap a line, then a lot offered at the floor (or any, by the line's
 * strategy), check the quantity on the keypad and pick; or scan a lot's label.
 */
export function IngredientPicking({ data }: { data: OrderStationData }) {
  const { change, draft, pick, submission } = usePicking(data)
  const line = data.ingredients.find((l) => l.id === draft.line)
  const lots = line ? data.lots.filter((lot) => lot.item === line.item) : []
  const chooseLot = (lot: string) => {
    const offered = lots.find((l) => String(l.id) === lot)
    const open = line ? stillToPick(line) : decimalOf(0)
    const quantity = offered ? minDecimal(open, decimalOf(offered.available)) : open
    change({ lot, quantity: quantity.toFixed() })
  }
  const { busy, outcome } = submission
  return (
    <section aria-label="Pick ingredients" id="pick-ingredients" style={{ margin: '16px 0' }}>
      <h2 style={{ fontSize: 22, margin: '0 0 8px' }}>Pick ingredients</h2>
      <p style={{ margin: '0 0 8px' }}>Tap a line, or scan a lot’s label.</p>
      <ChoiceButtons
        choices={data.ingredients.map(lineChoice)}
        id="pick-line"
        label="Ingredient"
        onChange={(id) => {
          const chosen = data.ingredients.find((l) => l.id === id)
          change({ line: id, lot: '', quantity: chosen ? stillToPick(chosen).toFixed() : '' })
        }}
        value={draft.line}
      />
      {line && <LotChoice line={line} lots={lots} onChange={chooseLot} value={draft.lot} />}
      {line && (
        <NumericKeypad
          id="pick-quantity"
          label="Quantity to pick"
          onChange={(quantity) => change({ quantity })}
          unit={line.unit}
          value={draft.quantity}
        />
      )}
      <StationNotice id="pick-outcome" outcome={outcome} />
      {line && (
        <div style={{ marginTop: 12 }}>
          <TouchButton
            disabled={busy || !(Number(draft.quantity) > 0)}
            id="pick-confirm"
            large
            onClick={() => pick(draft)}
            tone="primary"
          >
            {busy
              ? 'Picking…'
              : outcome.state === 'dropped'
                ? 'Retry'
                : `Pick ${draft.quantity} ${line.unit} ${line.sku}`}
          </TouchButton>
        </div>
      )}
    </section>
  )
}

/** The lot to pick from: those free at the floor, or any (the line's strategy chooses). */
function LotChoice(props: {
  line: OrderIngredient
  lots: OrderStationData['lots']
  onChange: (lot: string) => void
  value: string
}) {
  const { line, lots } = props
  return (
    <ChoiceButtons
      choices={[
        ...(line.lotStrategy === 'custom'
          ? []
          : [{ detail: `by ${line.lotStrategy.toUpperCase()}`, label: 'Any lot', value: '' }]),
        ...lots.map((lot) => ({
          detail: `${lot.available} ${line.unit} free`,
          label: lot.code,
          value: String(lot.id),
        })),
      ]}
      id="pick-lot"
      label={lots.length ? 'Lot' : 'Lot: none free at this floor'}
      onChange={props.onChange}
      value={props.value}
    />
  )
}
