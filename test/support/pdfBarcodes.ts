import { inflateSync } from 'node:zlib'

import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library'
import { PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef } from 'pdf-lib'

/** A grey image, one byte a pixel (0 black, 255 white). */
export type GreyImage = { height: number; pixels: Uint8ClampedArray; width: number }

/** What a scanner reads in a grey image (white margin added around it), or null. */
export function scanImage({ height, pixels, width }: GreyImage): null | string {
  const pad = Math.max(8, Math.round(width / 8))
  const w = width + 2 * pad
  const h = height + 2 * pad
  const padded = new Uint8ClampedArray(w * h).fill(255)
  for (let y = 0; y < height; y++)
    padded.set(pixels.subarray(y * width, (y + 1) * width), (y + pad) * w + pad)
  const reader = new MultiFormatReader()
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128]],
    [DecodeHintType.TRY_HARDER, true],
  ])
  try {
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(padded, w, h)))
    return reader.decode(bitmap, hints).getText()
  } catch {
    return null
  }
}

const numberAt = (dict: { get(name: PDFName): unknown }, key: string) =>
  (dict.get(PDFName.of(key)) as PDFNumber).asNumber()

/**
 * Every image a PDF embeds (as pdf-lib embeds PNGs: 8-bit RGB or grey, Flate-compressed, with
 * their alpha as a soft mask), laid over white and turned grey.
 */
export async function pdfImages(bytes: Uint8Array): Promise<GreyImage[]> {
  const doc = await PDFDocument.load(bytes)
  const streams = new Map<string, PDFRawStream>()
  for (const [ref, object] of doc.context.enumerateIndirectObjects())
    if (
      object instanceof PDFRawStream &&
      object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image')
    )
      streams.set(ref.toString(), object)
  const masks = new Set(
    [...streams.values()].flatMap((stream) => {
      const mask = stream.dict.get(PDFName.of('SMask'))
      return mask instanceof PDFRef ? [mask.toString()] : []
    }),
  )
  const decoded = (stream: PDFRawStream) => new Uint8Array(inflateSync(stream.contents))
  return [...streams.entries()]
    .filter(([ref]) => !masks.has(ref))
    .map(([, stream]) => {
      const width = numberAt(stream.dict, 'Width')
      const height = numberAt(stream.dict, 'Height')
      const data = decoded(stream)
      const channels = data.length / (width * height)
      const mask = stream.dict.get(PDFName.of('SMask'))
      const alpha = mask instanceof PDFRef ? decoded(streams.get(mask.toString())!) : undefined
      const pixels = new Uint8ClampedArray(width * height)
      for (let i = 0; i < width * height; i++) {
        const grey =
          channels >= 3
            ? (data[i * channels]! + data[i * channels + 1]! + data[i * channels + 2]!) / 3
            : data[i * channels]!
        const a = alpha ? alpha[i]! / 255 : 1
        pixels[i] = grey * a + 255 * (1 - a)
      }
      return { height, pixels, width }
    })
}

/** The text of every barcode and QR code a PDF carries, in the order its images are stored. */
export async function pdfBarcodes(bytes: Uint8Array): Promise<(null | string)[]> {
  return (await pdfImages(bytes)).map(scanImage)
}
