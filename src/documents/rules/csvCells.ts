/**
 * A cell a spreadsheet would run as a formula starts with one of these (OWASP's list: a leading
 * tab or carriage return can hide one). Exported text is user-entered — a lot label, a product
 * name — so it is neutralised with a leading apostrophe, which spreadsheets show as text.
 */
const formulaStart = /^[=+\-@\t\r]/

/** The cell as exported: numbers stay numbers, text that could run as a formula is defused. */
export function safeCell(value: unknown): number | string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? value : ''
  const text = String(value)
  return formulaStart.test(text) ? `'${text}` : text
}
