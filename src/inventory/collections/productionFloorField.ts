import type { Field } from 'payload'

/** A required production floor: where a document's materials are used and its products made. */
export const productionFloorField = (name: string, description: string): Field => ({
  name,
  type: 'relationship',
  admin: { description },
  filterOptions: { kind: { equals: 'production_floor' } },
  relationTo: 'locations',
  required: true,
})
