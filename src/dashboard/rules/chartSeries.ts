/**
 * The charts' series, shaped from what the database summed: every day of the window present
 * (a day with nothing planned or made is a zero, not a gap), stages in their process's order,
 * products and locations by what they are worth, each with the label its axis shows.
 */

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const dayMs = 86_400_000

/** The dashboard's floor choice: the charts cover what its figures cover. */
export type ChartFloors = {
  choosable: readonly { id: number }[]
  chosen: null | number
  floorBound: boolean
}

/** The floor chosen; else a floor-bound user's own floors (maybe none); else every floor (null). */
export const chartFloors = ({ choosable, chosen, floorBound }: ChartFloors) =>
  chosen !== null ? [chosen] : floorBound ? choosable.map((floor) => floor.id) : null

/** The window's length in days: a whole number from 1 to 366; 30 when not given. */
export function windowDays(days: unknown): number {
  if (days === undefined || days === null) return 30
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 366)
    throw new RangeError(`days must be a whole number from 1 to 366, not ${String(days)}`)
  return days
}

/** The first instant of the window (UTC midnight), `days` days up to and including today. */
export const windowStart = (now: Date, days: number): Date =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (days - 1) * dayMs)

/** Each day of the window as `YYYY-MM-DD`, oldest first. */
export function windowDayKeys(now: Date, days: number): string[] {
  const start = windowStart(now, days).getTime()
  return Array.from({ length: days }, (_, i) =>
    new Date(start + i * dayMs).toISOString().slice(0, 10),
  )
}

/** `2026-12-07` → `Dec 7`. */
export const dayLabel = (day: string) =>
  `${months[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`

export type DayPoint = { day: string; label: string; planned: number; produced: number }

type DayTotal = { day: string; quantity: string }

/** Planned and produced per day of the window, zeros where nothing was. */
export function plannedAgainstProduced(
  days: readonly string[],
  planned: readonly DayTotal[],
  produced: readonly DayTotal[],
): DayPoint[] {
  const byDay = (rows: readonly DayTotal[]) =>
    new Map(rows.map((row) => [row.day, Number(row.quantity)]))
  const [plan, made] = [byDay(planned), byDay(produced)]
  return days.map((day) => ({
    day,
    label: dayLabel(day),
    planned: plan.get(day) ?? 0,
    produced: made.get(day) ?? 0,
  }))
}

export const lossTypes = ['waste', 'rejection', 'scrap'] as const
export type LossType = (typeof lossTypes)[number]

export type StageLossRow = {
  kind: LossType
  /** The stage's place in its process; null once the stage was removed. */
  position: null | number
  process: string
  quantity: string
  stage: string
  unit: string
}

export type StageLosses = { label: string; stage: string; unit: string } & Record<LossType, number>

/**
 * One bar per stage and unit, its waste, rejection and scrap side by side: by process, then
 * stage order (removed stages last). Quantities of different units are never added: a stage
 * that lost kilograms and pieces has a bar for each. The label names the process only when the
 * chart shows several.
 */
export function lossesPerStage(rows: readonly StageLossRow[]): StageLosses[] {
  const processes = new Set(rows.map((row) => row.process))
  const units = new Set(rows.map((row) => row.unit))
  const bars = new Map<string, StageLosses & { position: number; process: string }>()
  for (const row of rows) {
    const key = JSON.stringify([row.process, row.stage, row.unit])
    const named = processes.size > 1 ? `${row.process} › ${row.stage}` : row.stage
    const bar = bars.get(key) ?? {
      label: units.size > 1 ? `${named} (${row.unit})` : named,
      position: row.position ?? Number.MAX_SAFE_INTEGER,
      process: row.process,
      rejection: 0,
      scrap: 0,
      stage: row.stage,
      unit: row.unit,
      waste: 0,
    }
    bar[row.kind] += Number(row.quantity)
    bars.set(key, bar)
  }
  return [...bars.values()]
    .sort(
      (a, b) =>
        a.process.localeCompare(b.process) ||
        a.position - b.position ||
        a.label.localeCompare(b.label),
    )
    .map(({ position: _position, process: _process, ...bar }) => bar)
}

/** A product's output in the window: quantity, Σ quantity × unit cost, its standard cost. */
export type ProductCostRow = Record<'name' | 'quantity' | 'unit' | 'value', string> & {
  standard_cost: null | string
}

export type ProductCost = {
  /** What a unit actually cost: Σ produced × unit cost ÷ Σ produced. */
  actual: number
  label: string
  quantity: number
  /** The item's standard cost per unit; null when it has none. */
  standard: null | number
  unit: string
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places

/** Standard beside actual unit cost per product, in the order given (the highest cost first). */
export function costsPerProduct(rows: readonly ProductCostRow[]): ProductCost[] {
  return rows
    .filter((row) => Number(row.quantity) > 0)
    .map((row) => ({
      actual: round(Number(row.value) / Number(row.quantity), 4),
      label: row.name,
      quantity: Number(row.quantity),
      standard: row.standard_cost === null ? null : Number(row.standard_cost),
      unit: row.unit,
    }))
}

export type LocationValueRow = { kind: string; name: string; uncosted: string; value: string }
export type LocationValue = { kind: string; label: string; uncosted: number; value: number }

/** Each location's on-hand value, the most valuable first, at cents. */
export function valuesByLocation(rows: readonly LocationValueRow[]): LocationValue[] {
  return rows
    .map((row) => ({
      kind: row.kind,
      label: row.name,
      uncosted: Number(row.uncosted),
      value: round(Number(row.value), 2),
    }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
}

/** A money figure as the charts print it: two decimals, thousands grouped. */
export const money = (value: number) =>
  value.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 })

/** A quantity as the charts print it: at most three decimals, thousands grouped. */
export const amount = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 })
