import { parseDay } from '../../platform/rules/calendarDay'
import { parseDecimal, problemText } from '../../platform/rules/decimal'

/** One execution to create, as a form row or a CSV line gives it: references still unresolved. */
export type ExecutionDraft = {
  lotLabel?: string
  plannedQuantity: string
  /** When given; new production created done has produced its planned quantity otherwise. */
  producedQuantity?: string
  /** The product's id, SKU or name. */
  product: number | string
  productDescription?: string
  productionDate: string
  /** The floor's id or name. */
  productionFloor: number | string
}

export type RowProblem = { field: keyof ExecutionDraft; message: string }

/** The CSV columns, as the executions export names them, so an export can be imported back. */
export const executionColumns: Record<keyof ExecutionDraft, string> = {
  lotLabel: 'Lot Label',
  plannedQuantity: 'Planned Quantity',
  producedQuantity: 'Produced Quantity',
  product: 'Product',
  productDescription: 'Product Description',
  productionDate: 'Production Date',
  productionFloor: 'Production Floor',
}

const required: (keyof ExecutionDraft)[] = [
  'product',
  'plannedQuantity',
  'productionDate',
  'productionFloor',
]

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined

const reference = (value: unknown): number | string | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : text(value)

/** A CSV record keyed by its header cells → a row keyed by field (headers match case-blind). */
export function rowOfCsvRecord(record: Record<string, string>): Record<string, unknown> {
  const byHeader = new Map(
    Object.entries(executionColumns).map(([field, header]) => [header.toLowerCase(), field]),
  )
  const row: Record<string, unknown> = {}
  for (const [header, value] of Object.entries(record)) {
    const field = byHeader.get(header.trim().toLowerCase())
    if (field) row[field] = value
  }
  return row
}

/** The CSV headers no column of an execution answers to, so a typo is reported, not ignored. */
export const unknownColumns = (headers: readonly string[]): string[] => {
  const known = new Set(Object.values(executionColumns).map((h) => h.toLowerCase()))
  // The export's other columns are read-only facts of an existing execution: skipped quietly.
  const exported = ['code', 'status', 'created at', 'sales order']
  return headers.filter((h) => {
    const name = h.trim().toLowerCase()
    return name !== '' && !known.has(name) && !exported.includes(name)
  })
}

/** A row's positive quantity, when given; a problem at its field when it is not one. */
function quantityOf(
  row: Record<string, unknown>,
  field: 'plannedQuantity' | 'producedQuantity',
  problems: RowProblem[],
) {
  const value = row[field]
  if (value === undefined || value === null || value === '') return undefined
  const quantity = parseDecimal(value, 'positive')
  if (!quantity.ok) problems.push({ field, message: problemText[quantity.problem] })
  return quantity
}

/** Checks one row's own values (references are resolved later), listing every problem. */
export function readExecutionRow(row: Record<string, unknown>): {
  draft?: ExecutionDraft
  problems: RowProblem[]
} {
  const problems: RowProblem[] = []
  const given = (field: keyof ExecutionDraft) =>
    typeof row[field] === 'string'
      ? (row[field] as string).trim() !== ''
      : row[field] !== undefined && row[field] !== null
  for (const field of required) if (!given(field)) problems.push({ field, message: 'is required' })
  const product = reference(row.product)
  const productionFloor = reference(row.productionFloor)
  if (given('product') && !product)
    problems.push({ field: 'product', message: 'must be the id, SKU or name of a product' })
  if (given('productionFloor') && !productionFloor)
    problems.push({ field: 'productionFloor', message: 'must be the id or name of a floor' })
  for (const field of ['lotLabel', 'productDescription'] as const)
    if (row[field] !== undefined && row[field] !== null && typeof row[field] !== 'string')
      problems.push({ field, message: 'must be text' })
  const quantity = quantityOf(row, 'plannedQuantity', problems)
  const produced = quantityOf(row, 'producedQuantity', problems)
  const day =
    row.productionDate === undefined || row.productionDate === ''
      ? undefined
      : parseDay(row.productionDate)
  if (day && !day.ok) problems.push({ field: 'productionDate', message: day.message })
  if (problems.length > 0 || !product || !productionFloor || !quantity?.ok || !day?.ok)
    return { problems }
  return {
    draft: {
      lotLabel: text(row.lotLabel),
      plannedQuantity: quantity.value.toFixed(),
      producedQuantity: produced?.ok ? produced.value.toFixed() : undefined,
      product,
      productDescription: text(row.productDescription),
      productionDate: day.day,
      productionFloor,
    },
    problems,
  }
}
