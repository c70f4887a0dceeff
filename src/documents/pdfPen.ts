import type { Color, PDFDocument, PDFPage } from 'pdf-lib'

import type { FontChain, Segment } from './pdfText'

export type PenLayout = {
  /** The size of text drawn without one. */
  body: number
  ink: Color
  margin: number
  pageSize: [number, number]
  rule: Color
  /** Added to every x written: 0 when x counts from the page's edge, the margin when from it. */
  xOrigin: number
}

/**
 * Draws a document's text top-down: the page it is on, the line it is at (`y`, moved down by
 * the caller), text placed left or right in a box, and rules across the text's width.
 */
export class PdfPen {
  page!: PDFPage
  readonly pages: PDFPage[] = []
  y = 0

  constructor(
    readonly doc: PDFDocument,
    readonly text: FontChain,
    readonly layout: PenLayout,
  ) {}

  /** The width between the margins. */
  get width(): number {
    return this.layout.pageSize[0] - 2 * this.layout.margin
  }

  /** A new page, the pen at its top margin. */
  addPage(): void {
    this.page = this.doc.addPage(this.layout.pageSize)
    this.pages.push(this.page)
    this.y = this.layout.pageSize[1] - this.layout.margin
  }

  /** Goes on drawing on a page already made (its footer, once all pages are known). */
  turnTo(page: PDFPage, y: number): void {
    this.page = page
    this.y = y
  }

  write(
    value: Segment[],
    x: number,
    size = this.layout.body,
    color = this.layout.ink,
    align: 'left' | 'right' = 'left',
    boxWidth = 0,
  ): Promise<void> {
    const left = align === 'right' ? x + boxWidth - this.text.width(value, size) : x
    return this.text.draw(this.page, value, {
      color,
      size,
      x: this.layout.xOrigin + left,
      y: this.y,
    })
  }

  /** Every page's footer, once all pages are drawn: a rule, `label`, and "Page n of N". */
  async footers(label: string, color: Color): Promise<void> {
    const { margin } = this.layout
    for (const [i, page] of this.pages.entries()) {
      this.turnTo(page, margin)
      this.line(margin + 12)
      await this.write(this.text.fit(label, 7, this.width * 0.7), 0, 7, color)
      const count = `Page ${i + 1} of ${this.pages.length}`
      await this.write(this.text.segments(count), 0, 7, color, 'right', this.width)
    }
  }

  line(at: number, color = this.layout.rule, thickness = 0.5): void {
    const { margin } = this.layout
    this.page.drawLine({
      color,
      end: { x: margin + this.width, y: at },
      start: { x: margin, y: at },
      thickness,
    })
  }
}
