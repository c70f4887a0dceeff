import { PDFDocument, rgb } from 'pdf-lib'

import { formatQuantity } from './formatQuantity'
import type { LotLabel } from './lotLabelData'
import { PdfCodes } from './pdfCodes'
import { PdfPen } from './pdfPen'
import { FontChain, type FontSource } from './pdfText'
import { encodeScanCode } from './rules/scanCodes'

// A 4 × 3 inch label, in points.
const pageSize: [number, number] = [288, 216]
const margin = 16
const width = pageSize[0] - 2 * margin
const ink = rgb(0, 0, 0)
const muted = rgb(0.35, 0.35, 0.38)

/**
 * A label to stick on a lot's container: the item, the lot's code in large type, its barcode
 * across the label (Code 128, read by any scanner), what it holds and until when.
 */
export async function lotLabelPdf(label: LotLabel, fonts: FontSource[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(`Lot ${label.code}`)
  doc.setCreator('payload-plugin-manufacturing')
  doc.setProducer('pdf-lib')
  const layout = { body: 9, ink, margin, pageSize, rule: muted, xOrigin: margin }
  const pen = new PdfPen(doc, FontChain.for(doc, fonts), layout)
  const { text } = pen
  pen.addPage()
  pen.y -= 12
  await pen.write(text.fit(label.item.name || label.item.sku, 13, width), 0, 13)
  pen.y -= 12
  await pen.write(text.fit(label.item.sku, 8, width), 0, 8, muted)
  pen.y -= 24
  await pen.write(text.fit(label.code, 22, width), 0, 22)
  const code = encodeScanCode({ id: label.id, kind: 'lot' })
  const barcodeTop = pen.y - 10
  const drawn = await new PdfCodes(doc).barcode(pen.page, code, {
    height: 64,
    maxWidth: width,
    module: 1.6,
    x: margin,
    y: barcodeTop - 64,
  })
  pen.y = barcodeTop - 64 - 10
  await pen.write(text.segments(code), 0, 7, muted, 'left', drawn)
  pen.y = margin + 4
  const facts = [
    `On hand ${formatQuantity(label.onHand)} ${label.item.unit}`.trim(),
    label.expiresAt ? `Expires ${label.expiresAt}` : 'No expiry',
  ]
  await pen.write(text.fit(facts.join('  ·  '), 9, width), 0, 9)
  return doc.save()
}
