import type { PayloadRequest } from 'payload'

import { type SanitizedOptions, sanitizeOptions } from '../options'
import type { FontSource } from './pdfText'
import { loadFonts } from './recipeCardFonts'

/** Where the plugin leaves its document fonts in the config, for what prints outside an endpoint. */
export const documentFontsKey = 'payload-plugin-manufacturing/documentFonts'

/** The fonts documents are drawn with: the `recipeCards.fonts` option, as the config holds it. */
export function documentFonts(req: PayloadRequest): Promise<FontSource[]> {
  const held = req.payload.config.custom?.[documentFontsKey] as
    SanitizedOptions['recipeCards'] | undefined
  const { fonts, optional } = held ?? sanitizeOptions().recipeCards
  return loadFonts(fonts, (message) => req.payload.logger.warn(message), optional)
}

/** A PDF answered as a download named `filename`. */
export const pdfResponse = (pdf: Uint8Array, filename: string): Response =>
  new Response(new Blob([pdf as Uint8Array<ArrayBuffer>]), {
    headers: {
      'content-disposition': `attachment; filename="${filename}"`,
      'content-length': String(pdf.byteLength),
      'content-type': 'application/pdf',
    },
  })
