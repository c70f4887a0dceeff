import { PDFDocument, type PDFPage, rgb } from 'pdf-lib'

import type { PickList } from './pickListData'
import { FontChain, type FontSource, type Segment } from './pdfText'
import { formatQuantity } from './recipeCards'
import type { PickListStatus } from './rules/pickListRows'

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
  const text = FontChain.for(doc, fonts)
  let page!: PDFPage
  let y = 0

  const write = (
    value: Segment[],
    x: number,
    size = body,
    color = ink,
    align: 'left' | 'right' = 'left',
    boxWidth = 0,
  ) =>
    text.draw(page, value, {
      color,
      size,
      x: margin + (align === 'right' ? x + boxWidth - text.width(value, size) : x),
      y,
    })
  const line = (at: number, color = rule, thickness = 0.5) =>
    page.drawLine({
      color,
      end: { x: margin + width, y: at },
      start: { x: margin, y: at },
      thickness,
    })
  const newPage = () => {
    page = doc.addPage(pageSize)
    y = pageSize[1] - margin
  }
  const header = async () => {
    for (const column of order)
      await write(
        text.segments(columns[column].label),
        columns[column].x,
        6.5,
        muted,
        column === 'quantity' ? 'right' : 'left',
        columns[column].width,
      )
    y -= 5
    line(y)
    y -= leading
  }

  newPage()
  y -= 18
  await write(text.segments('Pick list'), 0, 18)
  y -= 14
  const stamp = printedAt.toISOString().slice(0, 16).replace('T', ' ')
  const count = `${lists.length} requisition${lists.length === 1 ? '' : 's'}`
  await write(text.segments(`${count}  ·  printed ${stamp} UTC`), 0, 8.5, muted)
  y -= 26

  for (const list of lists) {
    // A requisition starts where its heading, the table's header and a row fit.
    if (y - 4 * leading - 30 < bottom) newPage()
    await write(text.fit(`${list.code}  ·  ${list.floor}`, 13, width), 0, 13)
    y -= 13
    const about = [
      `From ${list.source}`,
      list.productionDate ? `for ${list.productionDate}` : '',
      list.state.replace('_', ' '),
      list.executions.length ? `Executions ${list.executions.join(', ')}` : '',
    ].filter(Boolean)
    for (const aboutLine of text.wrap(about.join('  ·  '), 8.5, width, 3)) {
      await write(aboutLine, 0, 8.5, muted)
      y -= 11
    }
    y -= 6
    await header()
    if (list.rows.length === 0) {
      await write(text.segments('Nothing to pick.'), columns.sku.x, body, muted)
      y -= leading
    }
    for (const row of list.rows) {
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
      const rows = Math.max(...order.map((column) => cells[column].length))
      if (y - (rows - 1) * leading - 4 < bottom) {
        newPage()
        await write(text.fit(`${list.code} (continued)`, 10, width), 0, 10)
        y -= 16
        await header()
      }
      const top = y
      // A box to tick, unless there is nothing to take.
      if (row.status !== 'short')
        page.drawRectangle({
          borderColor: muted,
          borderWidth: 0.75,
          height: 8,
          width: 8,
          x: margin + 2,
          y: top - 1,
        })
      for (let n = 0; n < rows; n++) {
        y = top - n * leading
        for (const column of order) {
          const cell = cells[column][n]
          if (!cell?.length) continue
          await write(
            cell,
            columns[column].x,
            body,
            column === 'location' || (column === 'status' && row.status === 'picked') ? muted : ink,
            column === 'quantity' ? 'right' : 'left',
            columns[column].width,
          )
        }
      }
      y = top - (rows - 1) * leading - 5
      line(y, band, 0.75)
      y -= leading - 2
    }
    y -= 18
  }

  const pages = doc.getPages()
  for (const [i, footerPage] of pages.entries()) {
    page = footerPage
    y = margin
    line(margin + 12)
    await write(text.segments(`Pick list  ·  printed ${stamp} UTC`), 0, 7, muted)
    await write(text.segments(`Page ${i + 1} of ${pages.length}`), 0, 7, muted, 'right', width)
  }
  return doc.save()
}
