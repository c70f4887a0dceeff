import type { Endpoint } from 'payload'

import type { ManufacturingCollectionSlug, SanitizedOptions } from '../options'
import { executionDocumentEndpoints } from './executionDocumentEndpoints'
import { requisitionDocumentEndpoints } from './pickListEndpoints'
import { lotDocumentEndpoints } from './recallReportEndpoints'
import { productionOrderDocumentEndpoints } from './productionOrderEndpoints'
import { purchaseOrderDocumentEndpoints } from './purchaseOrderEndpoints'

/** The documents printed or exported from each collection, served under its `/api/<slug>/…`. */
export const documentEndpoints = (
  options: SanitizedOptions,
): Partial<Record<ManufacturingCollectionSlug, Endpoint[]>> => ({
  executions: executionDocumentEndpoints(options),
  lots: lotDocumentEndpoints(options),
  'manufacturing-orders': productionOrderDocumentEndpoints(options),
  'material-requisitions': requisitionDocumentEndpoints(options),
  'purchase-orders': purchaseOrderDocumentEndpoints(options),
})
