import Papa from 'papaparse'
import type { Endpoint, PayloadRequest } from 'payload'

import { demandPermission } from '../access/demandPermission'
import type { SanitizedOptions } from '../options'
import { documentId } from '../platform/parseInput'
import { lotTraceOf } from '../traceability'
import { lotLabelEndpoint } from './lotLabelEndpoints'
import { documentFonts, pdfDownload } from './pdfDownload'
import { recallReport } from './recallReportData'
import { recallReportPdf } from './recallReportPdf'
import { safeCell } from './rules/csvCells'

const reportOf = async (req: PayloadRequest) => {
  await demandPermission(req, 'inventory.trace', 'trace lots')
  return recallReport(await lotTraceOf(req, documentId(req.routeParams?.id, 'id', 'a lot')))
}

/** A file name of the lot's code, kept to what every browser and shell takes. */
const fileName = (lot: string, extension: string) =>
  `recall-${lot.replace(/[^\w.-]+/g, '_').slice(0, 80)}.${extension}`

/** `GET /api/lots/:id/recall.csv`: every lot made from the lot and where each part of it is now. */
const recallCsvEndpoint: Endpoint = {
  handler: async (req) => {
    const report = await reportOf(req)
    const header = [
      'Level',
      'Lot',
      'SKU',
      'Item',
      'Unit',
      'Made',
      'Made By',
      'Sales Orders',
      'Customers',
      'Location',
      'On Hand',
    ]
    const rows = report.rows.map((row) =>
      [
        row.level,
        row.lot,
        row.sku,
        row.item,
        row.unit,
        row.made === '' ? '' : Number(row.made),
        row.madeBy,
        row.salesOrders,
        row.customers,
        row.location,
        Number(row.onHand),
      ].map(safeCell),
    )
    return new Response(`${Papa.unparse([header, ...rows])}\r\n`, {
      headers: {
        'content-disposition': `attachment; filename="${fileName(report.lot, 'csv')}"`,
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/:id/recall.csv',
}

/** `GET /api/lots/:id/recall.pdf`: the same report to print (drawn with the recipe cards' fonts). */
const recallPdfEndpoint = (options: SanitizedOptions['recipeCards']): Endpoint => ({
  handler: async (req) => {
    const report = await reportOf(req)
    return pdfDownload(
      await recallReportPdf(report, await documentFonts(req, options)),
      fileName(report.lot, 'pdf'),
    )
  },
  method: 'get',
  path: '/:id/recall.pdf',
})

/** The recall reports and the label of a lot, under `/api/lots/:id/…`. */
export const lotDocumentEndpoints = (options: SanitizedOptions): Endpoint[] =>
  options.disabled
    ? []
    : [
        recallCsvEndpoint,
        recallPdfEndpoint(options.recipeCards),
        lotLabelEndpoint(options.recipeCards),
      ]
