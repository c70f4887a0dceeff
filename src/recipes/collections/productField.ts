import type { RelationshipField } from 'payload'

/** The product a recipe or a production document makes: an item of kind product. */
export const productField = (): RelationshipField => ({
  name: 'product',
  type: 'relationship',
  filterOptions: { kind: { equals: 'product' } },
  relationTo: 'items',
  required: true,
})
