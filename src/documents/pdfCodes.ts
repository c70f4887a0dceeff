import { toBuffer } from 'bwip-js/node'
import type { PDFDocument, PDFImage, PDFPage } from 'pdf-lib'

/** QR codes for documents (small, read from any side); Code 128 for lots (any scanner reads it). */
export type CodeSymbol = 'code128' | 'qrcode'

/** Pixels per module: enough for the image to stay sharp when printed at its drawn size. */
const scale = 4

/**
 * The barcodes of one PDF, drawn with bwip-js as images: each code is embedded once, however
 * often it is drawn. The human-readable text goes beside them in the document's own fonts.
 */
export class PdfCodes {
  private readonly images = new Map<string, Promise<PDFImage>>()

  constructor(private readonly doc: PDFDocument) {}

  private image(text: string, symbol: CodeSymbol): Promise<PDFImage> {
    const key = `${symbol}:${text}`
    const known = this.images.get(key)
    if (known) return known
    const options =
      symbol === 'qrcode'
        ? { bcid: symbol, eclevel: 'M', scale, text }
        : { bcid: symbol, height: 8, scale, text }
    const image = toBuffer(options).then((png: Buffer) => this.doc.embedPng(png))
    this.images.set(key, image)
    return image
  }

  /** A QR code `size` points square, its bottom-left corner at (x, y). */
  async qr(page: PDFPage, text: string, x: number, y: number, size: number): Promise<void> {
    page.drawImage(await this.image(text, 'qrcode'), { height: size, width: size, x, y })
  }

  /**
   * A Code 128 `height` points tall, its bottom-left at (x, y), as wide as its bars need at
   * `module` points each but no wider than `maxWidth`; returns the width drawn.
   */
  async barcode(
    page: PDFPage,
    text: string,
    at: { height: number; maxWidth: number; module?: number; x: number; y: number },
  ): Promise<number> {
    const image = await this.image(text, 'code128')
    const width = Math.min(at.maxWidth, (image.width / scale) * (at.module ?? 0.75))
    page.drawImage(image, { height: at.height, width, x: at.x, y: at.y })
    return width
  }
}
