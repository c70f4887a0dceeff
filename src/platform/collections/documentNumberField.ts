import type { TextField } from 'payload'

/** A number the plugin assigns after the first save (see assignDocumentNumber). */
export const documentNumberField = (name = 'number'): TextField => ({
  name,
  type: 'text',
  access: { create: () => false, update: () => false },
  admin: { description: 'Assigned when the document is first saved.', readOnly: true },
  index: true,
  unique: true,
})
