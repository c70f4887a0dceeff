import { PdfSheet, pageSizes } from './pdfSheet'
import type { FontSource } from './pdfText'
import type { ProductionOrderSheet } from './productionOrderData'
import { formatQuantity } from './recipeCards'
import { encodeScanCode } from './rules/scanCodes'

const amount = (quantity: null | number, unit: string) =>
  quantity === null ? '' : `${formatQuantity(quantity)} ${unit}`.trim()

/** What to make and how much: the quantity, or the batches and what they make. */
const sizeText = ({ size }: ProductionOrderSheet) =>
  size.batches === null
    ? amount(size.quantity, size.unit)
    : `${size.batches} batch${size.batches === 1 ? '' : 'es'} (${amount(size.quantity, size.unit)})`

/** The order's number and product, its QR code at the right. */
async function heading(sheet: PdfSheet, order: ProductionOrderSheet, size: number) {
  const code = encodeScanCode({ id: order.id, kind: 'manufacturingOrder' })
  await sheet.qr(code, 44)
  sheet.skip(size - 4)
  await sheet.write(`${order.number}  ·  ${order.product.name}`, size, false, 6, 56)
  const about = `${order.product.sku}  ·  ${order.status || 'no status'}  ·  ${code}`
  await sheet.write(about, 8.5, true, 10, 56)
}

/** A barcode for each lot the order names: the lots picked for it, then those it made. */
async function drawLotCodes(sheet: PdfSheet, order: ProductionOrderSheet, outputs: boolean) {
  const lots = new Map<number, string>()
  for (const line of order.ingredients)
    for (const lot of line.lots) lots.set(lot.id, `${lot.code}  ·  ${line.sku}`)
  if (outputs)
    for (const row of order.outputs)
      if (row.lotId) lots.set(row.lotId, `${row.lot}  ·  ${order.product.sku}`)
  if (lots.size === 0) return
  await sheet.section('Lots')
  await sheet.barcodes(
    [...lots].map(([id, label]) => ({ label, text: encodeScanCode({ id, kind: 'lot' }) })),
  )
}

/** The order sheet's operations, each with a line to sign, and its output rows. */
async function drawWork(sheet: PdfSheet, order: ProductionOrderSheet) {
  await sheet.section('Operations')
  await sheet.table(
    [
      { label: 'Step', width: 170 },
      { label: 'Resource', width: 150 },
      { align: 'right', label: 'Crew', width: 50 },
      { align: 'right', label: 'Minutes', width: 70 },
      { label: 'Done by', width: 83 },
    ],
    order.operations.map((op) => [
      op.step,
      op.resource,
      String(op.crew),
      formatQuantity(op.minutes),
      '',
    ]),
    'No operations.',
  )
  if (order.outputs.length) {
    await sheet.section('Output')
    await sheet.table(
      [
        { label: 'Row', width: 60 },
        { align: 'right', label: 'Planned', width: 110 },
        { align: 'right', label: 'Completed', width: 110 },
        { label: 'Lot', width: 243 },
      ],
      order.outputs.map((row) => [
        row.batch,
        amount(row.planned, order.size.unit),
        amount(row.completed, order.size.unit),
        row.lot || '—',
      ]),
    )
  }
}

/**
 * The full order sheet (A4): the order's facts, each ingredient with what was picked lot by lot,
 * the operations, the output rows, the notes and lines to sign.
 */
async function drawOrderSheet(sheet: PdfSheet, order: ProductionOrderSheet) {
  sheet.pageSize = pageSizes.a4
  sheet.continued = `${order.number} (continued)`
  await sheet.newPage()
  await heading(sheet, order, 18)
  await sheet.facts([
    ['Quantity', sizeText(order)],
    ['Location', order.location || '—'],
    ['Deadline', order.deadline || '—'],
  ])
  if (order.customer || order.salesOrder)
    await sheet.facts([
      ['Customer', order.customer || '—'],
      ['Sales order', order.salesOrder || '—'],
    ])
  await sheet.section('Ingredients')
  await sheet.table(
    [
      { label: 'SKU', width: 80 },
      { label: 'Item', width: 130 },
      { align: 'right', label: 'Planned', width: 70 },
      { align: 'right', label: 'Picked', width: 70 },
      { label: 'Lots picked', width: 173 },
    ],
    order.ingredients.map((line) => [
      line.sku,
      line.name,
      amount(line.planned, line.unit),
      amount(line.picked, line.unit),
      line.lots.map((lot) => `${lot.code} (${formatQuantity(lot.quantity)})`).join(', ') || '—',
    ]),
    'No ingredients.',
  )
  await drawWork(sheet, order)
  await drawLotCodes(sheet, order, true)
  if (order.notes) {
    await sheet.section('Notes')
    await sheet.paragraph(order.notes)
  }
  await sheet.signatures(['Issued by', 'Produced by', 'Checked by'])
}

/** The compact floor ticket (A5 landscape): what to make, where, by when, from what, in steps. */
async function drawFloorTicket(sheet: PdfSheet, order: ProductionOrderSheet) {
  sheet.pageSize = pageSizes.a5Landscape
  sheet.continued = `${order.number} (continued)`
  await sheet.newPage()
  await heading(sheet, order, 16)
  await sheet.facts(
    [
      ['Make', sizeText(order)],
      ['At', order.location || '—'],
      ['By', order.deadline || '—'],
    ],
    12,
  )
  await sheet.table(
    [
      { label: 'Ingredient', width: 300 },
      { align: 'right', label: 'Quantity', width: 110 },
      { label: '', width: 113 },
    ],
    order.ingredients.map((line) => [
      `${line.sku}  ${line.name}`,
      amount(line.planned, line.unit),
      '',
    ]),
    'No ingredients.',
  )
  if (order.operations.length)
    await sheet.paragraph(`Steps: ${order.operations.map((op) => op.step).join(' → ')}`, 9)
  await drawLotCodes(sheet, order, false)
  await sheet.signatures(['Done by', 'Date'])
}

/**
 * Production orders to print, each starting on its own page in its layout: the full order sheet
 * or the compact floor ticket (one document may hold both).
 */
export async function productionOrdersPdf(
  orders: ProductionOrderSheet[],
  fonts: FontSource[],
): Promise<Uint8Array> {
  const title = orders.length === 1 ? `Production order ${orders[0]!.number}` : 'Production orders'
  const sheet = await PdfSheet.create(title, fonts)
  for (const order of orders)
    await (order.layout === 'floor_ticket' ? drawFloorTicket : drawOrderSheet)(sheet, order)
  return sheet.save(title)
}
