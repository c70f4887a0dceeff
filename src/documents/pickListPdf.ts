import { PDFDocument, rgb } from 'pdf-lib'

import type { PickList } from './pickListData'
import { PdfCodes } from './pdfCodes'
import { PdfPen } from './pdfPen'
import { FontChain, type FontSource, type Segment } from './pdfText'
import { formatQuantity } from './recipeCards'
import type { PickListStatus } from './rules/pickListRows'
import { encodeScanCode } from './rules/scanCodes'

// A4 portrait, in points.
const pageSize: [number, number] = [595.28, 841.89]
const margin = 36
const bottom = margin + 24 // above the footer
const width = pageSize[0] - 2 * margin

const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.42, 0.44, 0.48)
const rule = rgb(0.8, 0.81, 0.84)
const band = rgb(0.95, 0.95, 0.96)

const body = 9
const leading = 12

type Column = 'item' | 'location' | 'lot' | 'quantity' | 'sku' | 'status'
const columns: Record<Column, { label: string; width: number; x: number }> = {
  item: { label: 'ITEM', width: 112, x: 104 },
  location: { label: 'LOCATION', width: 80, x: 336 },
  lot: { label: 'LOT', width: 116, x: 218 },
  quantity: { label: 'QUANTITY', width: 58, x: 418 },
  sku: { label: 'SKU', width: 84, x: 18 },
  status: { label: 'STATUS', width: 39, x: 484 },
}
const order: Column[] = ['sku', 'item', 'lot', 'location', 'quantity', 'status']

const statusText: Record<PickListStatus, string> = {
  picked: 'Picked',
  short: 'Short',
  to_pick: 'To pick',
}

/**
 * A pick list to print and follow: per requisition, where it goes and each line to take, lot by
 * lot (SKU, item, lot, the store, the quantity), with a box to tick. Requisitions follow one
 * another, going on over as many pages as they need; every page says which page it is.
 */
export async function pickListPdf(
  lists: PickList[],
  fonts: FontSource[],
  printedAt = new Date(),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(lists.length === 1 ? `Pick list ${lists[0]!.code}` : 'Pick list')
  doc.setCreator('payload-plugin-manufacturing')
  doc.setProducer('pdf-lib')
  const pen = new PdfPen(doc, FontChain.for(doc, fonts), layout)
  const codes = new PdfCodes(doc)
  const stamp = printedAt.toISOString().slice(0, 16).replace('T', ' ')
  pen.addPage()
  pen.y -= 18
  await pen.write(pen.text.segments('Pick list'), 0, 18)
  pen.y -= 14
  const count = `${lists.length} requisition${lists.length === 1 ? '' : 's'}`
  await pen.write(pen.text.segments(`${count}  ·  printed ${stamp} UTC`), 0, 8.5, muted)
  pen.y -= 26
  for (const list of lists) await drawList(pen, list, codes)
  await pen.footers(`Pick list  ·  printed ${stamp} UTC`, muted)
  return doc.save()
}

const layout = { body, ink, margin, pageSize, rule, xOrigin: margin }

/** The table's header, repeated on each page a requisition goes on to. */
async function header(pen: PdfPen) {
  for (const column of order)
    await pen.write(
      pen.text.segments(columns[column].label),
      columns[column].x,
      6.5,
      muted,
      column === 'quantity' ? 'right' : 'left',
      columns[column].width,
    )
  pen.y -= 5
  pen.line(pen.y)
  pen.y -= leading
}

const codeSize = 36

/** One requisition: where it goes and what it is for, with its QR code, then its rows. */
async function drawList(pen: PdfPen, list: PickList, codes: PdfCodes) {
  const { text } = pen
  // A requisition starts where its heading, the table's header and a row fit.
  if (pen.y - 4 * leading - codeSize - 16 < bottom) pen.addPage()
  const top = pen.y + 10
  const code = encodeScanCode({ id: list.id, kind: 'materialRequisition' })
  await codes.qr(pen.page, code, margin + width - codeSize, top - codeSize, codeSize)
  const textWidth = width - codeSize - 12
  await pen.write(text.fit(`${list.code}  ·  ${list.floor}`, 13, textWidth), 0, 13)
  pen.y = top - codeSize - 8
  await pen.write(text.segments(code), 0, 7, muted, 'right', width)
  pen.y = top - 23
  const about = [
    `From ${list.source}`,
    list.productionDate ? `for ${list.productionDate}` : '',
    list.state.replace('_', ' '),
    list.executions.length ? `Executions ${list.executions.join(', ')}` : '',
  ].filter(Boolean)
  for (const aboutLine of text.wrap(about.join('  ·  '), 8.5, textWidth, 3)) {
    await pen.write(aboutLine, 0, 8.5, muted)
    pen.y -= 11
  }
  pen.y = Math.min(pen.y - 6, top - codeSize - 22)
  await header(pen)
  if (list.rows.length === 0) {
    await pen.write(text.segments('Nothing to pick.'), columns.sku.x, body, muted)
    pen.y -= leading
  }
  for (const row of list.rows) await drawRow(pen, list, row, codes)
  pen.y -= 18
}

/** One line to take, with a box to tick unless there is nothing to take, and its lot's barcode. */
async function drawRow(
  pen: PdfPen,
  list: PickList,
  row: PickList['rows'][number],
  codes: PdfCodes,
) {
  const { text } = pen
  const cells: Record<Column, Segment[][]> = {
    item: text.wrap(row.name, body, columns.item.width - 6),
    location: text.wrap(row.location, body, columns.location.width - 6),
    lot: text.wrap(row.lot || 'no stock', body, columns.lot.width - 6),
    quantity: text.wrap(
      `${formatQuantity(row.quantity)} ${row.unit}`.trim(),
      body,
      columns.quantity.width,
    ),
    sku: text.wrap(row.sku, body, columns.sku.width - 6),
    status: [text.segments(statusText[row.status])],
  }
  // The lot's barcode goes under its code, two lines high.
  const lotLines = cells.lot.length
  const rows = Math.max(
    ...order.map((column) => cells[column].length),
    row.lotId ? lotLines + 2 : 1,
  )
  if (pen.y - (rows - 1) * leading - 4 < bottom) {
    pen.addPage()
    await pen.write(text.fit(`${list.code} (continued)`, 10, width), 0, 10)
    pen.y -= 16
    await header(pen)
  }
  const top = pen.y
  if (row.status !== 'short')
    pen.page.drawRectangle({
      borderColor: muted,
      borderWidth: 0.75,
      height: 8,
      width: 8,
      x: margin + 2,
      y: top - 1,
    })
  for (let n = 0; n < rows; n++) {
    pen.y = top - n * leading
    for (const column of order) {
      const cell = cells[column][n]
      if (!cell?.length) continue
      await pen.write(
        cell,
        columns[column].x,
        body,
        column === 'location' || (column === 'status' && row.status === 'picked') ? muted : ink,
        column === 'quantity' ? 'right' : 'left',
        columns[column].width,
      )
    }
  }
  if (row.lotId)
    await codes.barcode(pen.page, encodeScanCode({ id: row.lotId, kind: 'lot' }), {
      height: 14,
      maxWidth: columns.lot.width - 6,
      x: margin + columns.lot.x,
      y: top - (lotLines - 1) * leading - 20,
    })
  pen.y = top - (rows - 1) * leading - 5
  pen.line(pen.y, band, 0.75)
  pen.y -= leading - 2
}
