import type { Decimal } from '../../platform/rules/decimal'
import { idOf } from '../../platform/rules/idOf'
import { type LotColumns, lotQuantity, onFloor } from './requisitionLots'

type StagedLine = { item: unknown; lots?: (LotColumns & { lot: unknown })[] | null }
type Staged<L> = { item: number; line: L; lot: number; quantity: Decimal; requisition: number }

/** On the floor for a requisition and on no trolley yet: issued, less returned, consumed, staged. */
export const waitingToStage = (row: LotColumns): Decimal =>
  onFloor(row).minus(lotQuantity(row, 'staged'))

/** Every lot of these requisitions that waits to be staged, line by line in their order. */
export function lotsToStage<L extends StagedLine>(
  requisitions: readonly { id: number; lines?: L[] | null }[],
): Staged<L>[] {
  return requisitions.flatMap((requisition) =>
    (requisition.lines ?? []).flatMap((line) =>
      (line.lots ?? []).flatMap((row) => {
        const quantity = waitingToStage(row)
        if (quantity.lte(0)) return []
        return [
          {
            item: idOf(line.item),
            line,
            lot: idOf(row.lot),
            quantity,
            requisition: requisition.id,
          },
        ]
      }),
    ),
  )
}

type TrolleyState = {
  executions?: unknown[] | null
  lines?: unknown[] | null
  requisitions?: unknown[] | null
}

/**
 * A trolley once these requisitions' lots are staged on it: its lines and what it serves added
 * to those of the trolley it was (`existing`, or none), ready on `floor`, relabelled if asked.
 */
export function stagedTrolley<T extends TrolleyState>(
  existing: null | T,
  requisitions: readonly { executions?: unknown[] | null; id: number }[],
  staged: readonly Staged<unknown>[],
  floor: number,
  label: unknown,
) {
  const executions = [
    ...new Set([
      ...(existing?.executions ?? []).map(idOf),
      ...requisitions.flatMap((r) => (r.executions ?? []).map(idOf)),
    ]),
  ]
  return {
    executions,
    floor,
    lines: [
      ...(existing?.lines ?? []),
      ...staged.map(({ item, lot, quantity, requisition }) => ({
        item,
        lot,
        quantity: Number(quantity.toFixed()),
        requisition,
      })),
    ] as NonNullable<T['lines']>,
    requisitions: [
      ...new Set([...(existing?.requisitions ?? []).map(idOf), ...requisitions.map((r) => r.id)]),
    ],
    state: 'ready' as const,
    ...(typeof label === 'string' && label.trim() ? { label: label.trim() } : {}),
  }
}
