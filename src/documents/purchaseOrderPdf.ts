import Big from 'big.js'

import { PdfSheet, type SheetColumn } from './pdfSheet'
import type { FontSource } from './pdfText'
import type { PurchaseOrderSheet } from './purchaseOrderData'
import { formatQuantity } from './recipeCards'

const money = (value: Big) =>
  Number(value.toFixed(2)).toLocaleString('en-US', { minimumFractionDigits: 2 })

/** The order's lines; the cost columns only when costs are printed. */
function lineTable(order: PurchaseOrderSheet, costs: boolean) {
  const columns: SheetColumn[] = [
    { label: 'SKU', width: 120 },
    { label: 'Item', width: costs ? 150 : 270 },
    { align: 'right', label: 'Quantity', width: 90 },
    ...(costs
      ? [
          { align: 'right' as const, label: 'Unit cost', width: 80 },
          { align: 'right' as const, label: 'Amount', width: 80 },
        ]
      : []),
  ]
  let total = new Big(0)
  const rows = order.lines.map((line) => {
    const cells = [line.sku, line.name, `${formatQuantity(line.quantity)} ${line.unit}`.trim()]
    if (!costs) return cells
    const amount = new Big(line.unitCost ?? 0).times(line.quantity)
    total = total.plus(amount)
    return [...cells, money(new Big(line.unitCost ?? 0)), money(amount)]
  })
  return { columns, rows, total }
}

async function drawOrder(sheet: PdfSheet, order: PurchaseOrderSheet) {
  const costs = order.lines.every((line) => line.unitCost !== null)
  sheet.continued = `Purchase order ${order.number} (continued)`
  await sheet.newPage()
  sheet.skip(14)
  await sheet.write(`Purchase order ${order.number}`, 18, false, 8)
  await sheet.write(`To ${order.supplier.name}`, 11, false, 4)
  const reach = [order.supplier.email, order.supplier.phone].filter(Boolean).join('  ·  ')
  if (reach) await sheet.write(reach, 8.5, true, 3)
  if (order.supplier.address) await sheet.paragraph(order.supplier.address, 8.5, true, 4)
  sheet.skip(8)
  await sheet.facts([
    ['Order', order.number],
    ['Ordered on', order.orderedOn || '—'],
    ['Deliver by', order.expectedDate || '—'],
    ['Supplier code', order.supplier.code || '—'],
  ])
  const { columns, rows, total } = lineTable(order, costs)
  await sheet.table(columns, rows, 'No lines.')
  if (costs && rows.length) await sheet.write(`Total ${money(total)}`, 10, false, 8)
  if (order.notes) {
    await sheet.section('Notes')
    await sheet.paragraph(order.notes)
  }
}

/**
 * Purchase orders to send or print, each starting on its own page: the supplier, the order's
 * dates, each line (SKU, item, quantity with its unit, and, when costs are printed, unit cost,
 * amount and the total) and the order's notes.
 */
export async function purchaseOrdersPdf(
  orders: PurchaseOrderSheet[],
  fonts: FontSource[],
): Promise<Uint8Array> {
  const title = orders.length === 1 ? `Purchase order ${orders[0]!.number}` : 'Purchase orders'
  const sheet = await PdfSheet.create(title, fonts)
  for (const order of orders) await drawOrder(sheet, order)
  return sheet.save(title)
}
