import { type Endpoint } from 'payload'

import { demandPermission } from '../access/demandPermission'
import { recipeCardsPdf } from './recipeCards'
import { documentFonts, pdfDownload } from './pdfDownload'
import type { SanitizedOptions } from '../options'
import { recipeCardData } from './recipeCardData'
import { idsQuery } from '../platform/idsQuery'

/**
 * `GET /api/executions/recipe-cards.pdf?ids=1,2,3`: printable recipe cards of the selected
 * executions, one per execution (a long one goes on over continuation pages), in the order given.
 */
export const exportRecipeCardsPdf = (options: SanitizedOptions['recipeCards']): Endpoint => ({
  handler: async (req) => {
    await demandPermission(req, 'executions.view', 'view executions')
    const cards = await recipeCardData(req, idsQuery(req.query))
    return pdfDownload(
      await recipeCardsPdf(cards, await documentFonts(req, options)),
      'recipe-cards.pdf',
    )
  },
  method: 'get',
  path: '/recipe-cards.pdf',
})
