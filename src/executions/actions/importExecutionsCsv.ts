import Papa from 'papaparse'

import { executionColumns, rowOfCsvRecord, unknownColumns } from '../rules/executionRows'
import { invalid, invalidEach } from '../../platform/errors'
import { createExecutionRows } from '../createExecutionRows'
import { defineAction } from '../../platform/defineAction'

/** A CSV of a few thousand lines is far below this; anything larger is not an execution list. */
const maxBytes = 2_000_000

/**
 * `importExecutionsCsv`: executions from a CSV with the export's columns (Product by SKU or name,
 * Planned Quantity, Production Date as YYYY-MM-DD, Production Floor by name, Lot Label, Product
 * Description). A line that fails is reported by its line number and column; nothing is created
 * unless every line is.
 */
export const importExecutionsCsv = defineAction<
  { csv: string },
  Awaited<ReturnType<typeof createExecutionRows>>
>({
  args: { csv: 'String!' },
  costs: {},
  description: 'create executions',
  name: 'importExecutionsCsv',
  permission: 'executions.create',
  perform: async (req, args) => {
    if (typeof args.csv !== 'string' || args.csv.trim() === '')
      throw invalid('csv', 'send the CSV file as text')
    if (args.csv.length > maxBytes) throw invalid('csv', 'is larger than 2 MB')
    const parsed = Papa.parse<Record<string, string>>(args.csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
    })
    const headers = parsed.meta.fields ?? []
    const unknown = unknownColumns(headers)
    if (unknown.length > 0)
      throw invalid(
        'csv',
        `line 1: unknown column ${unknown.map((h) => `"${h}"`).join(', ')}; the columns are ${Object.values(executionColumns).join(', ')}`,
      )
    // Papa counts data rows from 0; the header is line 1.
    const lineOf = (row: number) => row + 2
    if (parsed.errors.length > 0)
      throw invalidEach(
        parsed.errors.map((error) => ({
          message: error.message,
          path: error.row === undefined ? 'csv' : `line ${lineOf(error.row)}`,
        })),
      )
    return createExecutionRows(
      req,
      parsed.data.map((record, index) => ({
        at: (field) =>
          `line ${lineOf(index)}${field ? ` (${executionColumns[field as keyof typeof executionColumns] ?? field})` : ''}`,
        row: rowOfCsvRecord(record),
      })),
    )
  },
})
