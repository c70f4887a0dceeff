import type { Item, Lot, ProductionRunEntry, StockMovement } from '../../../payload-types'
import type { RunSummaryView } from '../../actions/productionRunSummary'

import React from 'react'

import { SecondaryButton } from '../../../platform/components/SecondaryButtons/index.client'

type Props = {
  adminURL: string
  canReverse: boolean
  entries: ProductionRunEntry[]
  onReverse: (entry: ProductionRunEntry) => void
  stages: RunSummaryView['stages']
}

const kindLabels: Record<ProductionRunEntry['kind'], string> = {
  input: 'Input',
  output: 'Output',
  rejection: 'Rejection',
  scrap: 'Scrap',
  waste: 'Waste',
}

const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-100, #eee)',
  padding: '6px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
}
const muted: React.CSSProperties = { color: 'var(--theme-elevation-500)' }

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? (value as { id: number }).id : (value as number)
const itemText = (item: Item | number | null | undefined) =>
  item && typeof item === 'object' ? `${item.sku} · ${item.name}` : item ? `item #${item}` : ''
const lotText = (lot: Lot | number) => (typeof lot === 'object' ? lot.code : `lot #${lot}`)

function Entry({
  adminURL,
  canReverse,
  entry,
  onReverse,
  stageName,
}: Omit<Props, 'entries' | 'stages'> & { entry: ProductionRunEntry; stageName: string }) {
  const reversal = Boolean(entry.reverses)
  const reversed = Boolean(entry.reversedBy)
  return (
    <tr
      data-entry={entry.id}
      style={reversed ? { opacity: 0.55, textDecoration: 'line-through' } : undefined}
    >
      <td style={cell}>{new Date(entry.recordedAt).toLocaleString()}</td>
      <td style={cell}>{entry.recordedByName ?? '—'}</td>
      <td style={cell}>
        {kindLabels[entry.kind]}
        {reversal && <span style={muted}> · reversal of #{idOf(entry.reverses)}</span>}
        {reversed && <span style={muted}> · reversed</span>}
        {entry.stageName !== stageName && <div style={muted}>recorded at “{entry.stageName}”</div>}
      </td>
      <td style={cell}>
        {itemText(entry.item as Item)}
        {entry.scrapItem && <div style={muted}>scrap → {itemText(entry.scrapItem as Item)}</div>}
      </td>
      <td style={cell}>{(entry.lots ?? []).map((lot) => lotText(lot as Lot)).join(', ')}</td>
      <td style={{ ...cell, textAlign: 'right', whiteSpace: 'nowrap' }}>
        {reversal ? '−' : ''}
        {entry.quantity} {entry.unit}
      </td>
      <td style={cell}>{entry.note}</td>
      <td style={cell}>
        {(entry.movements ?? []).map((movement) => {
          const id = idOf(movement as StockMovement)
          return (
            <a
              href={`${adminURL}/collections/stock-movements/${id}`}
              key={id}
              style={{ marginRight: 6 }}
            >
              #{id}
            </a>
          )
        })}
      </td>
      <td style={cell}>
        {canReverse && !reversal && !reversed && (
          <SecondaryButton
            id={`reverse-entry-${entry.id}`}
            onClick={() => onReverse(entry)}
            size="small"
          >
            Reverse
          </SecondaryButton>
        )}
      </td>
    </tr>
  )
}

/** Every stage in the process's order with its entries: who recorded what, when, and the movements. */
export function EntryTimeline({ entries, stages, ...props }: Props) {
  return stages.map((stage, index) => {
    const own = entries.filter((entry) => entry.stage === stage.stage)
    return (
      <section data-stage={stage.stage} key={stage.stage} style={{ marginBottom: 'var(--base)' }}>
        <h4 style={{ margin: '0 0 6px' }}>
          {stage.removed
            ? `${stage.name} (removed from the process)`
            : `${index + 1}. ${stage.name}`}
          <span style={{ ...muted, fontWeight: 400 }}>
            {' '}
            · {own.length} entr{own.length === 1 ? 'y' : 'ies'}
          </span>
        </h4>
        {own.length === 0 ? (
          <p style={{ ...muted, margin: 0 }}>Nothing recorded yet.</p>
        ) : (
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                {['When', 'Who', 'Entry', 'Item', 'Lots', 'Quantity', 'Note', 'Movements', ''].map(
                  (h) => (
                    <th key={h} style={cell}>
                      {h}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {own.map((entry) => (
                <Entry entry={entry} key={entry.id} stageName={stage.name} {...props} />
              ))}
            </tbody>
          </table>
        )}
      </section>
    )
  })
}
