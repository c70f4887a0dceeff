import { PDFDocument, rgb } from 'pdf-lib'

import { PdfCodes } from './pdfCodes'
import { PdfPen } from './pdfPen'
import { FontChain, type FontSource, type Segment } from './pdfText'

export type SheetColumn = { align?: 'left' | 'right'; label: string; width: number }

const ink = rgb(0.1, 0.1, 0.12)
const muted = rgb(0.42, 0.44, 0.48)
const rule = rgb(0.8, 0.81, 0.84)
const band = rgb(0.95, 0.95, 0.96)

/** A4 portrait and landscape, A5 landscape, in points. */
export const pageSizes = {
  a4: [595.28, 841.89] as [number, number],
  a4Landscape: [841.89, 595.28] as [number, number],
  a5Landscape: [595.28, 419.53] as [number, number],
}

const margin = 36
const bottom = margin + 24 // above the footer

/**
 * A printed business document drawn top-down: headings, a band of facts, tables whose header
 * comes again on each page they go on to, lines to sign; a footer on every page. What the
 * purchase orders and production orders print is made of these.
 */
export class PdfSheet {
  private readonly pen: PdfPen
  private readonly codes: PdfCodes
  /** Written at the top of a page a table goes on to. */
  continued = ''

  private constructor(
    readonly doc: PDFDocument,
    fonts: FontSource[],
    body: number,
    pageSize: [number, number],
  ) {
    const layout = { body, ink, margin, pageSize, rule, xOrigin: margin }
    this.pen = new PdfPen(doc, FontChain.for(doc, fonts), layout)
    this.codes = new PdfCodes(doc)
  }

  static async create(
    title: string,
    fonts: FontSource[],
    { body = 9, pageSize = pageSizes.a4 }: { body?: number; pageSize?: [number, number] } = {},
  ): Promise<PdfSheet> {
    const doc = await PDFDocument.create()
    doc.setTitle(title)
    doc.setCreator('payload-plugin-manufacturing')
    doc.setProducer('pdf-lib')
    return new PdfSheet(doc, fonts, body, pageSize)
  }

  get width(): number {
    return this.pen.width
  }

  /**
   * The size of the pages from here on: A4 portrait and A5 landscape share their width, so one
   * document may hold both.
   */
  set pageSize(size: [number, number]) {
    this.pen.layout.pageSize = size
  }

  /** A new page; `continued` written at its top when a document goes on over it. */
  async newPage(continued = false): Promise<void> {
    this.pen.addPage()
    if (!continued || !this.continued) return
    await this.write(this.continued, 10)
    this.pen.y -= 16
  }

  /** A new page when `height` more does not fit on this one. */
  async room(height: number): Promise<void> {
    if (this.pen.y - height < bottom) await this.newPage(true)
  }

  /**
   * One line of text, cut with … when too wide (less `rightGap`, kept for what stands at the
   * right); the pen moves down by `size` + `gap`.
   */
  async write(text: string, size = this.pen.layout.body, dim = false, gap = 0, rightGap = 0) {
    const line = this.pen.text.fit(text, size, this.width - rightGap)
    await this.pen.write(line, 0, size, dim ? muted : ink)
    this.pen.y -= size + gap
  }

  /** Text wrapped over as many lines as it needs, at most `maxLines`. */
  async paragraph(text: string, size = this.pen.layout.body, dim = false, maxLines = 8) {
    for (const line of this.pen.text.wrap(text, size, this.width, maxLines)) {
      await this.room(size + 4)
      await this.pen.write(line, 0, size, dim ? muted : ink)
      this.pen.y -= size + 3
    }
  }

  /** Space down the page. */
  skip(points: number): void {
    this.pen.y -= points
  }

  /** Labelled values side by side in a shaded band. */
  async facts(facts: [string, string][], size = 10): Promise<void> {
    const height = size + 22
    await this.room(height + 8)
    const top = this.pen.y
    this.pen.page.drawRectangle({
      color: band,
      height,
      width: this.width,
      x: margin,
      y: top - height,
    })
    const each = this.width / Math.max(facts.length, 1)
    for (const [i, [label, value]] of facts.entries()) {
      this.pen.y = top - 11
      await this.pen.write(this.pen.text.segments(label.toUpperCase()), 8 + i * each, 6.5, muted)
      this.pen.y = top - 13 - size
      await this.pen.write(this.pen.text.fit(value, size, each - 12), 8 + i * each, size)
    }
    this.pen.y = top - height - 14
  }

  /** A section's title with a rule under it. */
  async section(title: string): Promise<void> {
    await this.room(40)
    this.pen.y -= 4
    await this.write(title, 11, false, 3)
    this.pen.line(this.pen.y)
    this.pen.y -= 12
  }

  private async header(columns: SheetColumn[]): Promise<void> {
    let x = 0
    for (const column of columns) {
      const label = this.pen.text.segments(column.label.toUpperCase())
      await this.pen.write(label, x, 6.5, muted, column.align ?? 'left', column.width - 6)
      x += column.width
    }
    this.pen.y -= 5
    this.pen.line(this.pen.y)
    this.pen.y -= 12
  }

  /** Rows under `columns` (widths add up to at most the page's), cells wrapped; `empty` if none. */
  async table(columns: SheetColumn[], rows: string[][], empty = 'None.'): Promise<void> {
    const size = this.pen.layout.body
    const leading = size + 3
    await this.room(3 * leading + 12)
    await this.header(columns)
    if (rows.length === 0) {
      await this.write(empty, size, true, 3)
      return
    }
    for (const row of rows) {
      const cells = columns.map((column, i) =>
        this.pen.text.wrap(row[i] ?? '', size, column.width - 6, 4),
      )
      const lines = Math.max(...cells.map((cell) => cell.length))
      if (this.pen.y - lines * leading < bottom) {
        await this.newPage(true)
        await this.header(columns)
      }
      await this.drawRow(columns, cells, leading)
    }
    this.pen.y -= 6
  }

  private async drawRow(columns: SheetColumn[], cells: Segment[][][], leading: number) {
    const top = this.pen.y
    const lines = Math.max(...cells.map((cell) => cell.length))
    for (let n = 0; n < lines; n++) {
      this.pen.y = top - n * leading
      let x = 0
      for (const [i, column] of columns.entries()) {
        const cell = cells[i]![n]
        if (cell?.length)
          await this.pen.write(cell, x, undefined, ink, column.align ?? 'left', column.width - 6)
        x += column.width
      }
    }
    this.pen.y = top - (lines - 1) * leading - 5
    this.pen.line(this.pen.y, band, 0.75)
    this.pen.y -= leading - 2
  }

  /** A QR code `size` points square at the right margin, its top where the pen is (not moved). */
  async qr(text: string, size: number): Promise<void> {
    await this.codes.qr(this.pen.page, text, margin + this.width - size, this.pen.y - size, size)
  }

  /** Barcodes side by side in rows, each with its label over it (lots, by their codes). */
  async barcodes(codes: { label: string; text: string }[]): Promise<void> {
    const each = 132
    const height = 36
    const perRow = Math.max(1, Math.floor(this.width / each))
    for (const [i, code] of codes.entries()) {
      const column = i % perRow
      if (column === 0) {
        if (i > 0) this.pen.y -= height
        await this.room(height)
      }
      const top = this.pen.y
      const label = this.pen.text.fit(code.label, 7.5, each - 12)
      await this.pen.write(label, column * each, 7.5)
      await this.codes.barcode(this.pen.page, code.text, {
        height: 16,
        maxWidth: each - 12,
        x: margin + column * each,
        y: top - 22,
      })
    }
    if (codes.length) this.pen.y -= height + 4
  }

  /** Lines to sign on, side by side, each with what it is for under it. */
  async signatures(labels: string[]): Promise<void> {
    await this.room(50)
    this.pen.y -= 28
    const each = this.width / labels.length
    for (const [i, label] of labels.entries()) {
      const x = margin + i * each
      this.pen.page.drawLine({
        color: muted,
        end: { x: x + each - 18, y: this.pen.y },
        start: { x, y: this.pen.y },
        thickness: 0.75,
      })
      this.pen.y -= 10
      await this.pen.write(this.pen.text.segments(label), i * each, 7.5, muted)
      this.pen.y += 10
    }
    this.pen.y -= 24
  }

  /** The footer of every page (`label`, page n of m), then the document's bytes. */
  async save(label: string): Promise<Uint8Array> {
    await this.pen.footers(label, muted)
    return this.doc.save()
  }
}
