import type { PayloadRequest } from 'payload'

import { type SanitizedOptions, sanitizeOptions } from '../options'
import type { FontSource } from './pdfText'
import { loadFonts } from './recipeCardFonts'

/** Where the plugin leaves its document fonts in the config, for what prints outside an endpoint. */
export const documentFontsKey = 'payload-plugin-manufacturing/documentFonts'

/** The fonts every printed document is drawn with (the recipe cards' chain), warnings logged. */
export const documentFonts = (
  req: PayloadRequest,
  options: SanitizedOptions['recipeCards'],
): Promise<FontSource[]> =>
  loadFonts(options.fonts, (message) => req.payload.logger.warn(message), options.optional)

/** The same fonts, as the config holds the `recipeCards.fonts` option (see documentFontsKey). */
export const configuredFonts = (req: PayloadRequest): Promise<FontSource[]> =>
  documentFonts(
    req,
    (req.payload.config.custom?.[documentFontsKey] as
      SanitizedOptions['recipeCards'] | undefined) ?? sanitizeOptions().recipeCards,
  )

/** A PDF as a download named `fileName`. */
export const pdfDownload = (pdf: Uint8Array, fileName: string): Response =>
  new Response(new Blob([pdf as Uint8Array<ArrayBuffer>]), {
    headers: {
      'content-disposition': `attachment; filename="${fileName}"`,
      'content-length': String(pdf.byteLength),
      'content-type': 'application/pdf',
    },
  })
