import type { PayloadRequest } from 'payload'

import type { SanitizedOptions } from '../options'
import type { FontSource } from './pdfText'
import { loadFonts } from './recipeCardFonts'

/** The fonts every printed document is drawn with (the recipe cards' chain), warnings logged. */
export const documentFonts = (
  req: PayloadRequest,
  options: SanitizedOptions['recipeCards'],
): Promise<FontSource[]> =>
  loadFonts(options.fonts, (message) => req.payload.logger.warn(message), options.optional)

/** A PDF as a download named `fileName`. */
export const pdfDownload = (pdf: Uint8Array, fileName: string): Response =>
  new Response(new Blob([pdf as Uint8Array<ArrayBuffer>]), {
    headers: {
      'content-disposition': `attachment; filename="${fileName}"`,
      'content-length': String(pdf.byteLength),
      'content-type': 'application/pdf',
    },
  })
