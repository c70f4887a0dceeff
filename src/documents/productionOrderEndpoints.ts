import type { Endpoint } from 'payload'

import { demandPermission } from '../access/demandPermission'
import type { SanitizedOptions } from '../options'
import { invalid } from '../platform/errors'
import { findByIds } from '../platform/findByIds'
import { idsQuery } from '../platform/idsQuery'
import { requestedLayout } from '../workflow/rules/productionOrderLayouts'
import { configuredFonts, pdfDownload } from './pdfDownload'
import { productionOrderSheets } from './productionOrderData'
import { productionOrdersPdf } from './productionOrderPdf'

/**
 * `GET /api/manufacturing-orders/production-order.pdf?ids=1,2[&layout=floor_ticket]`: the
 * orders to print, in the order given, each in the layout asked for, else its own, else the
 * production settings'.
 */
const productionOrderPdfEndpoint: Endpoint = {
  handler: async (req) => {
    await demandPermission(req, 'manufacturingOrders.view', 'view manufacturing orders')
    const ids = idsQuery(req.query, 'manufacturing orders')
    const asked = requestedLayout((req.query as { layout?: unknown } | undefined)?.layout)
    if ('refusal' in asked) throw invalid('layout', asked.refusal)
    const orders = await findByIds(req, 'manufacturing-orders', ids, {
      field: 'ids',
      noun: 'manufacturing order',
    })
    const sheets = await productionOrderSheets(req, orders, asked.layout)
    const pdf = await productionOrdersPdf(sheets, await configuredFonts(req))
    const name = sheets.length === 1 ? sheets[0]!.number : 'production-orders'
    return pdfDownload(pdf, `${name}.pdf`)
  },
  method: 'get',
  path: '/production-order.pdf',
}

/** The documents printed from manufacturing orders, under `/api/manufacturing-orders/…`. */
export const productionOrderDocumentEndpoints = (options: SanitizedOptions): Endpoint[] =>
  options.disabled ? [] : [productionOrderPdfEndpoint]
