/**
 * What a production document consumes and produces comes from its recipe; changing it is an
 * override that needs its own permission. These decide whether a submitted value changes it:
 * the same value sent back (a form saved with other edits) is not a change.
 */

/** The row fields that decide consumption, each with the value it takes when left out. */
export type RowShape = Readonly<Record<string, unknown>>

/** One comparable form for a leaf: a relation by its id, a number by its value, empty as null. */
const leaf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return leaf((value as { id: unknown }).id)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return String(Number(value))
  return typeof value === 'string' ? value : JSON.stringify(value)
}

const shaped = (row: unknown, shape: RowShape): (null | string)[] => {
  const fields = (row ?? {}) as Record<string, unknown>
  return Object.entries(shape).map(([key, fallback]) =>
    leaf(fields[key] === undefined || fields[key] === null ? fallback : fields[key]),
  )
}

/**
 * Whether `value` differs from `previous` in what matters: a relation or scalar itself, a group's
 * fields in `shape`, or an array's rows (their number, order and fields in `shape`).
 */
export function recipeValueChanged(value: unknown, previous: unknown, shape?: RowShape): boolean {
  if (!shape) return leaf(value) !== leaf(previous)
  if (Array.isArray(value) || Array.isArray(previous)) {
    const rows = Array.isArray(value) ? value : []
    const before = Array.isArray(previous) ? previous : []
    return (
      JSON.stringify(rows.map((r) => shaped(r, shape))) !==
      JSON.stringify(before.map((r) => shaped(r, shape)))
    )
  }
  return JSON.stringify(shaped(value, shape)) !== JSON.stringify(shaped(previous, shape))
}
