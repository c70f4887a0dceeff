/**
 * A document number `<prefix>-000042`: the sequence value padded to `width` digits so numbers
 * sort as text, never cut when the sequence outgrows the width.
 */
export function formatDocumentNumber(prefix: string, n: number, width = 6): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`not a sequence value: ${n}`)
  return `${prefix}-${String(n).padStart(width, '0')}`
}
