import { PDFDocument, rgb } from 'pdf-lib'

import { PdfPen } from './pdfPen'
import { FontChain, type FontSource, type Segment } from './pdfText'
import { formatQuantity } from './recipeCards'
import type { RecallReport, RecallReportRow } from './recallReportData'

// A4 landscape, in points: a recall's table is wide.
const pageSize: [number, number] = [841.89, 595.28]
const margin = 32
const bottom = margin + 24
const width = pageSize[0] - 2 * margin
const muted = rgb(0.42, 0.44, 0.48)
const band = rgb(0.95, 0.95, 0.96)
const body = 8.5
const leading = 11
const layout = {
  body,
  ink: rgb(0.1, 0.1, 0.12),
  margin,
  pageSize,
  rule: rgb(0.8, 0.81, 0.84),
  xOrigin: margin,
}

type Column = keyof Pick<
  RecallReportRow,
  | 'customers'
  | 'item'
  | 'level'
  | 'location'
  | 'lot'
  | 'made'
  | 'madeBy'
  | 'onHand'
  | 'salesOrders'
  | 'sku'
>
const columns: [Column, string, number][] = [
  ['level', 'LEVEL', 30],
  ['lot', 'LOT', 124],
  ['sku', 'SKU', 64],
  ['item', 'ITEM', 90],
  ['made', 'MADE', 56],
  ['madeBy', 'MADE BY', 86],
  ['salesOrders', 'SALES ORDERS', 70],
  ['customers', 'CUSTOMERS', 92],
  ['location', 'NOW AT', 90],
  ['onHand', 'ON HAND', 54],
]
const right = new Set<Column>(['made', 'onHand'])

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
  const doc = await PDFDocument.create()
  doc.setTitle(`Recall report ${report.lot}`)
  doc.setCreator('payload-plugin-manufacturing')
  const pen = new PdfPen(doc, FontChain.for(doc, fonts), layout)
  const stamp = printedAt.toISOString().slice(0, 16).replace('T', ' ')
  pen.addPage()
  pen.y -= 16
  await pen.write(pen.text.fit(`Recall report: lot ${report.lot}`, 16, width), 0, 16)
  pen.y -= 14
  const about = `${report.item}  ·  ${report.rows.length} row${report.rows.length === 1 ? '' : 's'}  ·  printed ${stamp} UTC`
  await pen.write(pen.text.fit(about, 8.5, width), 0, 8.5, muted)
  pen.y -= 22
  await header(pen)
  for (const row of report.rows) await drawRow(pen, row)
  await pen.footers(`Recall report ${report.lot}  ·  printed ${stamp} UTC`, muted)
  return doc.save()
}

async function header(pen: PdfPen) {
  let x = 0
  for (const [column, label, size] of columns) {
    await pen.write(
      pen.text.segments(label),
      x,
      6.5,
      muted,
      right.has(column) ? 'right' : 'left',
      size - 6,
    )
    x += size
  }
  pen.y -= 5
  pen.line(pen.y)
  pen.y -= leading
}

const cellText = (row: RecallReportRow, column: Column): string => {
  if (column === 'made') return row.made ? `${formatQuantity(row.made)} ${row.unit}`.trim() : ''
  if (column === 'onHand') return `${formatQuantity(row.onHand)} ${row.unit}`.trim()
  return String(row[column])
}

async function drawRow(pen: PdfPen, row: RecallReportRow) {
  const cells: Segment[][][] = columns.map(([column, , size]) =>
    pen.text.wrap(cellText(row, column), body, size - 6, 3),
  )
  const lines = Math.max(1, ...cells.map((cell) => cell.length))
  if (pen.y - (lines - 1) * leading - 4 < bottom) {
    pen.addPage()
    await header(pen)
  }
  const top = pen.y
  for (let n = 0; n < lines; n++) {
    pen.y = top - n * leading
    let x = 0
    for (const [index, [column, , size]] of columns.entries()) {
      const cell = cells[index]![n]
      if (cell?.length)
        await pen.write(
          cell,
          x,
          body,
          column === 'location' && row.location === 'gone' ? muted : layout.ink,
          right.has(column) ? 'right' : 'left',
          size - 6,
        )
      x += size
    }
  }
  pen.y = top - (lines - 1) * leading - 5
  pen.line(pen.y, band, 0.75)
  pen.y -= leading - 2
}
