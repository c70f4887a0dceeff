import Papa from 'papaparse'
import { type Endpoint, type PayloadRequest } from 'payload'

import { demandPermission } from '../access/demandPermission'
import type { SanitizedOptions } from '../options'
import { idsQuery } from '../platform/idsQuery'
import { pickListData } from './pickListData'
import { pickListPdf } from './pickListPdf'
import { documentFonts, pdfDownload } from './pdfDownload'
import { safeCell } from './rules/csvCells'

const pickLists = async (req: PayloadRequest) => {
  await demandPermission(req, 'requisitions.view', 'view requisitions')
  return pickListData(req, idsQuery(req.query, 'requisitions'))
}

/**
 * `GET /api/material-requisitions/pick-list.pdf?ids=1,2`: the requisitions' pick list to print,
 * in the order given (drawn with the recipe cards' fonts).
 */
const pickListPdfEndpoint = (options: SanitizedOptions['recipeCards']): Endpoint => ({
  handler: async (req) => {
    const lists = await pickLists(req)
    return pdfDownload(await pickListPdf(lists, await documentFonts(req, options)), 'pick-list.pdf')
  },
  method: 'get',
  path: '/pick-list.pdf',
})

/** `GET /api/material-requisitions/pick-list.csv?ids=1,2`: the same pick list, a row per lot. */
const pickListCsvEndpoint: Endpoint = {
  handler: async (req) => {
    const lists = await pickLists(req)
    const header = [
      'Requisition',
      'Floor',
      'Production Date',
      'SKU',
      'Item',
      'Unit',
      'Lot',
      'Location',
      'Quantity',
      'Status',
    ]
    const rows = lists.flatMap((list) =>
      list.rows.map((row) =>
        [
          list.code,
          list.floor,
          list.productionDate,
          row.sku,
          row.name,
          row.unit,
          row.lot,
          row.location,
          Number(row.quantity),
          row.status.replace('_', ' '),
        ].map(safeCell),
      ),
    )
    return new Response(`${Papa.unparse([header, ...rows])}\r\n`, {
      headers: {
        'content-disposition': 'attachment; filename="pick-list.csv"',
        'content-type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/pick-list.csv',
}

/** The documents printed or exported from requisitions, under `/api/material-requisitions/…`. */
export const requisitionDocumentEndpoints = (options: SanitizedOptions): Endpoint[] =>
  options.disabled ? [] : [pickListPdfEndpoint(options.recipeCards), pickListCsvEndpoint]
