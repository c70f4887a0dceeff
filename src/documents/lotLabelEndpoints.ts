import type { Endpoint } from 'payload'

import { demandPermission } from '../access/demandPermission'
import type { SanitizedOptions } from '../options'
import { documentId } from '../platform/parseInput'
import { lotLabelData } from './lotLabelData'
import { lotLabelPdf } from './lotLabelPdf'
import { documentFonts, pdfDownload } from './pdfDownload'

/** `GET /api/lots/:id/label.pdf`: the lot's label to print, its code as a barcode. */
export const lotLabelEndpoint = (options: SanitizedOptions['recipeCards']): Endpoint => ({
  handler: async (req) => {
    await demandPermission(req, 'inventory.view', 'view inventory')
    const label = await lotLabelData(req, documentId(req.routeParams?.id, 'id', 'a lot'))
    const name = `lot-${label.code.replace(/[^\w.-]+/g, '_').slice(0, 80)}.pdf`
    return pdfDownload(await lotLabelPdf(label, await documentFonts(req, options)), name)
  },
  method: 'get',
  path: '/:id/label.pdf',
})
