import { PdfSheet, pageSizes, type SheetColumn } from './pdfSheet'
import type { FontSource } from './pdfText'
import { formatQuantity } from './recipeCards'
import type { RecallReport, RecallReportRow } from './recallReportData'

type Column = keyof Omit<RecallReportRow, 'unit'>

// A4 landscape: a recall's table is wide.
const columns: [Column, SheetColumn][] = [
  ['level', { label: 'Level', width: 30 }],
  ['lot', { label: 'Lot', width: 124 }],
  ['sku', { label: 'SKU', width: 64 }],
  ['item', { label: 'Item', width: 90 }],
  ['made', { align: 'right', label: 'Made', width: 56 }],
  ['madeBy', { label: 'Made by', width: 86 }],
  ['salesOrders', { label: 'Sales orders', width: 70 }],
  ['customers', { label: 'Customers', width: 92 }],
  ['location', { label: 'Now at', width: 90 }],
  ['onHand', { align: 'right', label: 'On hand', width: 54 }],
]

const cellText = (row: RecallReportRow, column: Column): string => {
  if (column === 'made') return row.made ? `${formatQuantity(row.made)} ${row.unit}`.trim() : ''
  if (column === 'onHand') return `${formatQuantity(row.onHand)} ${row.unit}`.trim()
  return String(row[column])
}

/**
 * A recall report to print: the lot traced, then every lot made from it, level by level, with
 * what was made of it, by which documents, for which sales orders and customers, and where each
 * part of it is now. Pages repeat the table's header and say which page they are.
 */
export async function recallReportPdf(
  report: RecallReport,
  fonts: FontSource[],
  printedAt = new Date(),
): Promise<Uint8Array> {
  const sheet = await PdfSheet.create(`Recall report ${report.lot}`, fonts, {
    body: 8.5,
    pageSize: pageSizes.a4Landscape,
  })
  const stamp = printedAt.toISOString().slice(0, 16).replace('T', ' ')
  const count = `${report.rows.length} row${report.rows.length === 1 ? '' : 's'}`
  sheet.continued = `Recall report ${report.lot} (continued)`
  await sheet.newPage()
  sheet.skip(12)
  await sheet.write(`Recall report: lot ${report.lot}`, 16, false, 4)
  await sheet.write(`${report.item}  ·  ${count}  ·  printed ${stamp} UTC`, 8.5, true, 12)
  await sheet.table(
    columns.map(([, column]) => column),
    report.rows.map((row) => columns.map(([column]) => cellText(row, column))),
  )
  return sheet.save(`Recall report ${report.lot}  ·  printed ${stamp} UTC`)
}
