import type { Endpoint } from 'payload'

import { demandPermission } from '../access/demandPermission'
import { hasPermission } from '../access/userPermissions'
import type { SanitizedOptions } from '../options'
import { findByIds } from '../platform/findByIds'
import { idsQuery } from '../platform/idsQuery'
import { configuredFonts, pdfDownload } from './pdfDownload'
import { purchaseOrderSheets } from './purchaseOrderData'
import { purchaseOrdersPdf } from './purchaseOrderPdf'

/**
 * `GET /api/purchase-orders/purchase-order.pdf?ids=1,2`: the orders as the supplier receives
 * them, one per page or more, in the order given; unit costs only for who may see them.
 */
const purchaseOrderPdfEndpoint: Endpoint = {
  handler: async (req) => {
    await demandPermission(req, 'purchaseOrders.view', 'view purchase orders')
    const ids = idsQuery(req.query, 'purchase orders')
    const orders = await findByIds(req, 'purchase-orders', ids, {
      field: 'ids',
      noun: 'purchase order',
    })
    const costs = await hasPermission(req, 'purchaseOrders.viewCosts')
    const sheets = await purchaseOrderSheets(req, orders, costs)
    const pdf = await purchaseOrdersPdf(sheets, await configuredFonts(req))
    const name = sheets.length === 1 ? sheets[0]!.number : 'purchase-orders'
    return pdfDownload(pdf, `${name}.pdf`)
  },
  method: 'get',
  path: '/purchase-order.pdf',
}

/** The documents printed from purchase orders, under `/api/purchase-orders/…`. */
export const purchaseOrderDocumentEndpoints = (options: SanitizedOptions): Endpoint[] =>
  options.disabled ? [] : [purchaseOrderPdfEndpoint]
