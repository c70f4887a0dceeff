import type { CollectionConfig, Field } from 'payload'

const plainCell = 'payload-plugin-manufacturing/client#PlainCell'

/** The field types whose list cell Payload fills with "<No Label>" when the value is empty. */
const cellTypes = new Set(['date', 'email', 'number', 'relationship', 'select', 'text', 'textarea'])

function withPlainCell(field: Field): Field {
  if ('fields' in field && field.type !== 'array')
    return { ...field, fields: field.fields.map(withPlainCell) } as Field
  if (field.type === 'tabs')
    return {
      ...field,
      tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withPlainCell) })),
    }
  if (!cellTypes.has(field.type) || !('name' in field)) return field
  const admin = (field.admin ?? {}) as { components?: { Cell?: unknown } }
  if (admin.components?.Cell) return field
  return {
    ...field,
    admin: { ...admin, components: { ...admin.components, Cell: plainCell } },
  } as Field
}

/** Every list column of the collection leaves an empty value's cell empty (see PlainCell). */
export const withPlainEmptyCells = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: collection.fields.map(withPlainCell),
})
