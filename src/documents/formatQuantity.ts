/** A decimal for people: at most 3 places, trailing zeros dropped; tiny amounts keep their digits. */
export function formatQuantity(value: number | string): string {
  const n = Number(value)
  if (!Number.isFinite(n)) return String(value)
  const rounded = Number(n.toFixed(3))
  const shown = rounded === 0 && n !== 0 ? Number(n.toPrecision(3)) : rounded
  return shown.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: true })
}
