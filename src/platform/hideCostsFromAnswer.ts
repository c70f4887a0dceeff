import type { PayloadRequest } from 'payload'

import { permissionsOf } from '../access/userPermissions'
import { hiddenCostFields, withoutFields } from './rules/costFields'
import type { Action } from './defineAction'

/**
 * An action's answer as the user may see it: the cost fields whose view-costs key (declared by
 * the action) the user lacks are taken out at any depth, as the collections' field access hides
 * them on reads, and so are cost fields the action did not declare.
 */
export async function hideCostsFromAnswer<Result>(
  req: PayloadRequest,
  action: Pick<Action, 'costs'>,
  answer: Result,
): Promise<Result> {
  return withoutFields(answer, hiddenCostFields(action.costs, await permissionsOf(req)))
}
