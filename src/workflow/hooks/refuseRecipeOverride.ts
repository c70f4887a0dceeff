import type { FieldHook } from 'payload'

import { demandPermission } from '../../access/demandPermission'
import type { PermissionKey } from '../../access/permissions'
import { recipeValueChanged, type RowShape } from '../rules/recipeOverride'

/**
 * A field hook (beforeValidate, so it sees what was sent before any hook fills it from the
 * recipe) refusing with a 403 that names the field a change to what a production document
 * consumes or produces, unless the user holds the override-recipe `permission`. A refusal, not
 * field access: access would drop the value silently and answer 200. Creating is not overriding,
 * and the plugin's own writes (Local API with access overridden) keep their rights.
 */
export const refuseRecipeOverride =
  (permission: PermissionKey, shape?: RowShape): FieldHook =>
  async ({ field, operation, overrideAccess, previousValue, req, value }) => {
    if (operation !== 'update' || overrideAccess || value === undefined) return value
    if (!recipeValueChanged(value, previousValue, shape)) return value
    const name = 'name' in field ? field.name : 'a recipe field'
    await demandPermission(
      req,
      permission,
      `change "${name}" (what production consumes or produces)`,
    )
    return value
  }
