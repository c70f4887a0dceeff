import type { Endpoint } from 'payload'

import type { SanitizedOptions } from '../options'
import { exportExecutionsCsv } from './exportExecutionsCsv'
import { exportMaterialsCsv } from './exportMaterialsCsv'
import { exportRecipeCardsPdf } from './exportRecipeCardsPdf'

/** The documents printed or exported from executions, served under `/api/executions/…`. */
export const executionDocumentEndpoints = (options: SanitizedOptions): Endpoint[] =>
  options.disabled
    ? []
    : [exportExecutionsCsv, exportMaterialsCsv, exportRecipeCardsPdf(options.recipeCards)]
