import type { FieldHook, RelationshipField } from 'payload'

/**
 * The product a recipe or a production document makes: an item of kind product. `guard` is a
 * production document's refusal to change it without override-recipe.
 */
export const productField = (guard?: FieldHook): RelationshipField => ({
  name: 'product',
  ...(guard ? { hooks: { beforeValidate: [guard] } } : {}),
  type: 'relationship',
  filterOptions: { kind: { equals: 'product' } },
  relationTo: 'items',
  required: true,
})
